<%@ include file="parts/head.jspf" %>
<link rel="stylesheet" href="${pageContext.request.contextPath}/webjars/leaflet/1.9.4/dist/leaflet.css">
<script src="${pageContext.request.contextPath}/webjars/leaflet/1.9.4/dist/leaflet.js" defer></script>
<script src="${pageContext.request.contextPath}/static/map.js" defer></script>
<%@ include file="parts/top.jspf" %>
<section class="wrap">
  <%@ include file="parts/search-form.jspf" %>
  <c:if test="${filter.hasProblems()}">
    <div class="notice" role="alert"><p>Some of the search could not be used:</p>
      <ul><c:forEach var="p" items="${filter.problems()}"><li>${fn:escapeXml(p)}</li></c:forEach></ul></div>
  </c:if>
  <h1 class="count">${fn:escapeXml(meta.title())}</h1>
  <%@ include file="parts/save-search.jspf" %>
  <div class="results">
    <c:choose>
      <c:when test="${empty found.listings()}">
        <p class="empty">No homes match this search. Try fewer filters, or <a href="${pageContext.request.contextPath}/sign-up">sign up</a> and we will tell you when one comes.</p>
      </c:when>
      <c:otherwise>
        <ul class="cards" id="results">
          <c:forEach var="l" items="${found.shown()}"><%@ include file="parts/card.jspf" %></c:forEach>
        </ul>
        <div id="map" class="map" data-tiles="${fn:escapeXml(site.mapTiles())}" aria-label="Map of these homes" role="region"></div>
      </c:otherwise>
    </c:choose>
  </div>
  <c:if test="${found.pages() > 1}">
    <nav class="pages" aria-label="Pages">
      <c:if test="${found.page() > 1}"><a rel="prev" href="${pageContext.request.contextPath}/homes${fn:escapeXml(filter.queryFor(found.page() - 1))}">Previous</a></c:if>
      <span>Page ${found.page()} of ${found.pages()}</span>
      <c:if test="${found.page() < found.pages()}"><a rel="next" href="${pageContext.request.contextPath}/homes${fn:escapeXml(filter.queryFor(found.page() + 1))}">Next</a></c:if>
    </nav>
  </c:if>
</section>
<%@ include file="parts/bottom.jspf" %>
