<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>${fn:escapeXml(heading)}</h1>
  <p class="thanks" role="status">${fn:escapeXml(message)}</p>
  <c:if test="${not empty links}">
    <p class="links"><c:forEach var="link" items="${links}" varStatus="at"><a<c:if test="${at.first}"> class="button"</c:if> href="${pageContext.request.contextPath}${fn:escapeXml(link.path())}">${fn:escapeXml(link.label())}</a> </c:forEach></p>
  </c:if>
</section>
<%@ include file="parts/bottom.jspf" %>
