<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Welcome</h1>
  <p>Your agent has opened an account for you with ${fn:escapeXml(brand.name())}. Choose a password, and you can save homes and searches and hear of new homes as they come.</p>
  <c:set var="passwordAction" value="/account/welcome"/>
  <c:set var="passwordLabel" value="Choose a password"/>
  <c:set var="submitId" value="welcome-submit"/>
  <c:set var="submitLabel" value="Set my password"/>
  <%@ include file="parts/choose-password.jspf" %>
</section>
<%@ include file="parts/bottom.jspf" %>
