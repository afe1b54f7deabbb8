<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Confirm your email</h1>
  <p>One more step: confirm your email address, and your account is open.</p>
  <form action="${pageContext.request.contextPath}/account/verify" method="post">
    <input type="hidden" name="token" value="${fn:escapeXml(token)}">
    <button id="verify-submit" type="submit">Confirm my email</button>
  </form>
</section>
<%@ include file="parts/bottom.jspf" %>
