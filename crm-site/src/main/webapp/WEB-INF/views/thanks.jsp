<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Thank you</h1>
  <p class="thanks" role="status">${fn:escapeXml(message)}</p>
  <p><a class="button" href="${pageContext.request.contextPath}/homes">Keep looking at homes</a></p>
</section>
<%@ include file="parts/bottom.jspf" %>
