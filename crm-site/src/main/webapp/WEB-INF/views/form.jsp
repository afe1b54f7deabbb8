<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>${fn:escapeXml(meta.title())}</h1>
  <c:if test="${not empty listing}">
    <p class="about">About <a href="${pageContext.request.contextPath}${fn:escapeXml(listing.path)}">${fn:escapeXml(listing.fullAddress)}</a>, ${fn:escapeXml(listing.priceText)}</p>
  </c:if>
  <p>${fn:escapeXml(intro)}</p>
  <c:set var="formKind" value="${form.kind()}"/>
  <c:if test="${not empty listing}">
    <c:set var="aboutListing" value="${listing.id}"/>
    <c:set var="kindChoice" value="${showingChoice}"/>
  </c:if>
  <%@ include file="parts/inquiry-form.jspf" %>
</section>
<%@ include file="parts/bottom.jspf" %>
