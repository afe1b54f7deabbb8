<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap account">
  <div class="account-head">
    <div>
      <h1>My homes</h1>
      <p>Signed in as <strong>${fn:escapeXml(profile.name())}</strong><c:if test="${not empty profile.email()}"> (${fn:escapeXml(profile.email())})</c:if></p>
    </div>
    <form action="${pageContext.request.contextPath}/account/sign-out" method="post">
      <input type="hidden" name="csrf" value="${fn:escapeXml(csrf)}">
      <button id="sign-out" type="submit" class="secondary">Sign out</button>
    </form>
  </div>
  <c:if test="${not empty done}"><p class="done" role="status">${fn:escapeXml(done)}</p></c:if>

  <div class="agent-box">
    <h2>Your agent</h2>
    <c:choose>
      <c:when test="${not empty profile.agent()}">
        <p><strong>${fn:escapeXml(profile.agent().name())}</strong><c:if test="${not empty profile.agent().email()}"> · <a href="mailto:${fn:escapeXml(profile.agent().email())}">${fn:escapeXml(profile.agent().email())}</a></c:if></p>
      </c:when>
      <c:otherwise>
        <p>One of our agents will be in touch soon. Until then, <a href="${pageContext.request.contextPath}/contact">ask us anything</a>.</p>
      </c:otherwise>
    </c:choose>
  </div>

  <section id="favourites" aria-labelledby="favourites-heading">
    <h2 id="favourites-heading">Saved homes</h2>
    <c:choose>
      <c:when test="${empty homes}">
        <p>No saved homes yet. Press "Save" on a home you like, and it will be here.</p>
      </c:when>
      <c:otherwise>
        <ul class="cards">
          <c:forEach var="h" items="${homes}">
            <c:choose>
              <c:when test="${h.listed()}">
                <c:set var="l" value="${h.listing()}"/>
                <c:set var="removeFavourite" value="${true}"/>
                <%@ include file="parts/card.jspf" %>
              </c:when>
              <c:otherwise>
                <li class="card gone">
                  <p class="gone-text">This home is no longer listed.</p>
                  <c:if test="${not empty h.savedOnUtc()}"><p class="small">Saved on ${fn:escapeXml(h.savedOnUtc())} (UTC)</p></c:if>
                  <%@ include file="parts/favourite-remove.jspf" %>
                </li>
              </c:otherwise>
            </c:choose>
          </c:forEach>
        </ul>
      </c:otherwise>
    </c:choose>
  </section>

  <section id="saved-searches" aria-labelledby="searches-heading">
    <h2 id="searches-heading">Saved searches</h2>
    <c:choose>
      <c:when test="${empty searches}">
        <p>No saved searches yet. <a href="${pageContext.request.contextPath}/homes">Search for homes</a> and press "Save this search" to hear of new ones as they come.</p>
      </c:when>
      <c:otherwise>
        <ul class="saved-searches">
          <c:forEach var="s" items="${searches}">
            <li class="saved-search" data-id="${fn:escapeXml(s.id())}">
              <h3>${fn:escapeXml(s.name())}</h3>
              <p class="small">${fn:escapeXml(s.description())} · <a href="${pageContext.request.contextPath}${fn:escapeXml(s.homesPath())}">See the homes<span class="visually-hidden"> of ${fn:escapeXml(s.name())}</span></a></p>
              <form class="inline-fields" action="${pageContext.request.contextPath}/account/searches/${fn:escapeXml(s.id())}" method="post">
                <input type="hidden" name="action" value="update">
                <input type="hidden" name="csrf" value="${fn:escapeXml(csrf)}">
                <div class="field">
                  <label for="name-${fn:escapeXml(s.id())}">Name</label>
                  <input id="name-${fn:escapeXml(s.id())}" name="name" maxlength="120" value="${fn:escapeXml(s.name())}">
                </div>
                <div class="field">
                  <label for="frequency-${fn:escapeXml(s.id())}">Email me new homes</label>
                  <select id="frequency-${fn:escapeXml(s.id())}" name="frequency">
                    <c:forEach var="f" items="${frequencies}"><option value="${fn:escapeXml(f)}"<c:if test="${f eq s.frequency()}"> selected</c:if>>${fn:escapeXml(f.label())}</option></c:forEach>
                  </select>
                </div>
                <div class="field">
                  <button type="submit">Save<span class="visually-hidden"> ${fn:escapeXml(s.name())}</span></button>
                </div>
              </form>
              <form action="${pageContext.request.contextPath}/account/searches/${fn:escapeXml(s.id())}" method="post">
                <input type="hidden" name="action" value="delete">
                <input type="hidden" name="csrf" value="${fn:escapeXml(csrf)}">
                <button type="submit" class="link-button">Delete<span class="visually-hidden"> ${fn:escapeXml(s.name())}</span></button>
              </form>
            </li>
          </c:forEach>
        </ul>
      </c:otherwise>
    </c:choose>
  </section>
</section>
<%@ include file="parts/bottom.jspf" %>
