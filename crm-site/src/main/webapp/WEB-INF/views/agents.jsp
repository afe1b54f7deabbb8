<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap">
  <h1>Our agents</h1>
  <c:choose>
    <c:when test="${empty agents}"><p>Call or email the office and we will put you in touch.</p></c:when>
    <c:otherwise>
      <ul class="agents">
        <c:forEach var="a" items="${agents}">
          <li><a href="${pageContext.request.contextPath}${fn:escapeXml(a.path())}"><span class="avatar" aria-hidden="true">${fn:escapeXml(a.initials())}</span><span class="agent-name">${fn:escapeXml(a.name())}</span></a></li>
        </c:forEach>
      </ul>
    </c:otherwise>
  </c:choose>
</section>
<%@ include file="parts/bottom.jspf" %>
