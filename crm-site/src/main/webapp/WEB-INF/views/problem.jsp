<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>${fn:escapeXml(heading)}</h1>
  <p class="problem" role="alert">${fn:escapeXml(message)}</p>
  <p><a class="button" href="${pageContext.request.contextPath}/homes">Search homes</a> <a href="${pageContext.request.contextPath}/">Home page</a></p>
</section>
<%@ include file="parts/bottom.jspf" %>
