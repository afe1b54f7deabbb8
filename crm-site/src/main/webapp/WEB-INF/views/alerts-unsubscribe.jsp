<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Stop these alerts?</h1>
  <p>You will no longer get emails of new homes for this saved search. Your other saved searches keep theirs.</p>
  <form action="${pageContext.request.contextPath}${fn:escapeXml(action)}" method="post">
    <input type="hidden" name="List-Unsubscribe" value="One-Click">
    <button id="unsubscribe-submit" type="submit">Stop these alerts</button>
  </form>
  <p><a href="${pageContext.request.contextPath}/account">Change your alerts on your account page</a></p>
</section>
<%@ include file="parts/bottom.jspf" %>
