<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Welcome</h1>
  <p>Your agent has opened an account for you with ${fn:escapeXml(brand.name())}. Choose a password, and you can save homes and searches and hear of new homes as they come.</p>
  <form class="account-form" action="${pageContext.request.contextPath}/account/welcome" method="post" novalidate>
    <c:if test="${not empty errors['form']}"><p class="error" role="alert">${fn:escapeXml(errors['form'])}</p></c:if>
    <div class="field">
      <label for="password">Choose a password</label>
      <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" aria-describedby="password-hint<c:if test="${not empty errors['password']}"> password-error</c:if>"<c:if test="${not empty errors['password']}"> aria-invalid="true"</c:if>>
      <p class="hint" id="password-hint">At least 12 characters.</p>
      <c:if test="${not empty errors['password']}"><p class="error" id="password-error">Password ${fn:escapeXml(errors['password'])}</p></c:if>
    </div>
    <input type="hidden" name="token" value="${fn:escapeXml(token)}">
    <button id="welcome-submit" type="submit">Set my password</button>
  </form>
</section>
<%@ include file="parts/bottom.jspf" %>
