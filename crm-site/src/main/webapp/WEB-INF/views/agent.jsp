<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap columns">
  <div class="main-col">
    <p class="crumbs"><a href="${pageContext.request.contextPath}/agents">Agents</a> › ${fn:escapeXml(agent.name())}</p>
    <div class="agent-card">
      <span class="avatar big" aria-hidden="true">${fn:escapeXml(agent.initials())}</span>
      <div>
        <h1>${fn:escapeXml(agent.name())}</h1>
        <p>Real estate agent at ${fn:escapeXml(brand.name())}</p>
        <p><a href="mailto:${fn:escapeXml(agent.email())}">${fn:escapeXml(agent.email())}</a></p>
      </div>
    </div>
  </div>
  <aside class="side-col" aria-labelledby="ask">
    <h2 id="ask">Get in touch</h2>
    <c:set var="formKind" value="CONTACT"/>
    <c:set var="askedFor" value="${agent.name()}"/>
    <p class="hint">Your message goes to our team with ${fn:escapeXml(agent.name())}'s name on it.</p>
    <%@ include file="parts/inquiry-form.jspf" %>
  </aside>
</section>
<%@ include file="parts/bottom.jspf" %>
