<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Choose a new password</h1>
  <p>Choose a new password for your account with ${fn:escapeXml(brand.name())}. Once it is set, you are signed in, and your old password no longer works.</p>
  <c:set var="passwordAction" value="/account/reset"/>
  <c:set var="passwordLabel" value="New password"/>
  <c:set var="submitId" value="reset-submit"/>
  <c:set var="submitLabel" value="Set my new password"/>
  <%@ include file="parts/choose-password.jspf" %>
</section>
<%@ include file="parts/bottom.jspf" %>
