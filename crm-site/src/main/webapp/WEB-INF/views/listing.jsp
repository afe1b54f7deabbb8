<%@ include file="parts/head.jspf" %>
<link rel="stylesheet" href="${pageContext.request.contextPath}/webjars/leaflet/1.9.4/dist/leaflet.css">
<script src="${pageContext.request.contextPath}/webjars/leaflet/1.9.4/dist/leaflet.js" defer></script>
<script src="${pageContext.request.contextPath}/static/map.js" defer></script>
<%@ include file="parts/top.jspf" %>
<article class="wrap listing" data-id="${listing.id}">
  <p class="crumbs"><a href="${pageContext.request.contextPath}/homes">Homes</a> › <c:if test="${not empty listing.city}"><a href="${pageContext.request.contextPath}${fn:escapeXml(listing.citySearchPath)}">${fn:escapeXml(listing.city)}</a> › </c:if>${fn:escapeXml(listing.streetLine)}</p>
  <header class="listing-head">
    <div>
      <h1>${fn:escapeXml(listing.streetLine)}</h1>
      <p class="place">${fn:escapeXml(listing.placeLine)}</p>
    </div>
    <div class="price-box">
      <p class="price">${fn:escapeXml(listing.priceText)}</p>
      <p class="status-line"><span class="status">${fn:escapeXml(listing.status)}</span> ${fn:escapeXml(listing.factsLine)}</p>
      <%@ include file="parts/save-home.jspf" %>
    </div>
  </header>

  <section class="gallery" aria-label="Photos">
    <c:choose>
      <c:when test="${empty photoUrls}"><div class="no-photo big">No photos yet</div></c:when>
      <c:otherwise>
        <ul class="strip">
          <c:forEach var="url" items="${photoUrls}" varStatus="at">
            <li><img src="${fn:escapeXml(url)}" alt="Photo ${at.count} of ${fn:length(photoUrls)} of ${fn:escapeXml(listing.streetLine)}"<c:if test="${at.count > 1}"> loading="lazy"</c:if> width="800" height="600"></li>
          </c:forEach>
        </ul>
        <p class="small">${fn:length(photoUrls)} photos: scroll sideways for more.</p>
      </c:otherwise>
    </c:choose>
  </section>

  <div class="columns">
    <div class="main-col">
      <section>
        <h2>Facts</h2>
        <dl class="facts-table">
          <c:if test="${not empty listing.typeText}"><dt>Type</dt><dd>${fn:escapeXml(listing.typeText)}</dd></c:if>
          <c:if test="${not empty listing.beds}"><dt>Bedrooms</dt><dd>${listing.beds}</dd></c:if>
          <c:if test="${not empty listing.baths}"><dt>Bathrooms</dt><dd>${listing.baths}</dd></c:if>
          <c:if test="${not empty listing.livingAreaText}"><dt>Living area</dt><dd>${fn:escapeXml(listing.livingAreaText)}</dd></c:if>
          <c:if test="${not empty listing.lotSizeText}"><dt>Lot size</dt><dd>${fn:escapeXml(listing.lotSizeText)}</dd></c:if>
          <c:if test="${not empty listing.yearBuilt}"><dt>Year built</dt><dd>${listing.yearBuilt}</dd></c:if>
          <c:if test="${not empty listing.county}"><dt>County</dt><dd>${fn:escapeXml(listing.county)}</dd></c:if>
          <c:if test="${not empty listing.closeDate}"><dt>Sold on</dt><dd>${listing.closeDate}</dd></c:if>
          <dt>MLS number</dt><dd>${fn:escapeXml(listing.listingId)}</dd>
        </dl>
      </section>
      <c:if test="${not empty listing.remarks}">
        <section><h2>About this home</h2><p class="remarks">${fn:escapeXml(listing.remarks)}</p></section>
      </c:if>
      <c:if test="${not empty history}">
        <section>
          <h2>Price and status history</h2>
          <table class="history">
            <thead><tr><th scope="col">Date</th><th scope="col">Change</th></tr></thead>
            <tbody>
              <c:forEach var="h" items="${history}"><tr><td>${fn:substring(h.at().toString(), 0, 10)}</td><td>${fn:escapeXml(h.what())}</td></tr></c:forEach>
            </tbody>
          </table>
        </section>
      </c:if>
      <c:if test="${listing.hasLocation}">
        <section>
          <h2>Map</h2>
          <div id="map" class="map small-map" data-tiles="${fn:escapeXml(site.mapTiles())}" data-lat="${listing.latitude}" data-lon="${listing.longitude}" data-title="${fn:escapeXml(listing.streetLine)}" role="region" aria-label="Map of this home"></div>
        </section>
      </c:if>
      <section class="courtesy-block">
        <p class="courtesy">Listing courtesy of
          <c:choose><c:when test="${not empty listing.officeName}">${fn:escapeXml(listing.officeName)}</c:when><c:otherwise>the listing brokerage</c:otherwise></c:choose><c:if test="${not empty listing.agentName}">, ${fn:escapeXml(listing.agentName)}</c:if>.</p>
        <p class="disclaimer">Source: ${fn:escapeXml(listing.feedName)}. ${fn:escapeXml(brand.disclaimer())}</p>
      </section>
    </div>
    <aside class="side-col" aria-labelledby="ask">
      <h2 id="ask">Ask about this home</h2>
      <c:set var="kindChoice" value="${showingChoice}"/>
      <c:set var="formKind" value="CONTACT"/>
      <c:set var="aboutListing" value="${listing.id}"/>
      <%@ include file="parts/inquiry-form.jspf" %>
    </aside>
  </div>
</article>
<%@ include file="parts/bottom.jspf" %>
