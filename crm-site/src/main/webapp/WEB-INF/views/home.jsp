<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="hero">
  <div class="wrap">
    <h1>Find your next home with ${fn:escapeXml(brand.name())}</h1>
    <%@ include file="parts/search-form.jspf" %>
  </div>
</section>
<section class="wrap">
  <h2>New on the market</h2>
  <c:choose>
    <c:when test="${empty newest}"><p>No homes are listed just now. Please come back soon.</p></c:when>
    <c:otherwise>
      <ul class="cards">
        <c:forEach var="l" items="${newest}"><%@ include file="parts/card.jspf" %></c:forEach>
      </ul>
      <p><a class="button" href="${pageContext.request.contextPath}/homes">See all homes for sale</a></p>
    </c:otherwise>
  </c:choose>
</section>
<section class="wrap tiles">
  <a class="tile" href="${pageContext.request.contextPath}/home-value"><h2>Selling?</h2><p>Find out what your home is worth.</p></a>
  <a class="tile" href="${pageContext.request.contextPath}/sign-up"><h2>New listings first</h2><p>Sign up and hear of new homes as they come.</p></a>
  <a class="tile" href="${pageContext.request.contextPath}/agents"><h2>Our agents</h2><p>Meet the people who will help you.</p></a>
</section>
<%@ include file="parts/bottom.jspf" %>
