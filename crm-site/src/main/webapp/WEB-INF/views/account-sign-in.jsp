<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Sign in</h1>
  <p>See your saved homes and searches, and save new ones.</p>
  <form class="account-form" action="${pageContext.request.contextPath}/account/sign-in" method="post" novalidate>
    <c:if test="${not empty errors['form']}"><p class="error" role="alert">${fn:escapeXml(errors['form'])}</p></c:if>
    <div class="field">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="${fn:escapeXml(email)}"<c:if test="${not empty errors['email']}"> aria-invalid="true" aria-describedby="email-error"</c:if>>
      <c:if test="${not empty errors['email']}"><p class="error" id="email-error">Email ${fn:escapeXml(errors['email'])}</p></c:if>
    </div>
    <div class="field">
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required<c:if test="${not empty errors['password']}"> aria-invalid="true" aria-describedby="password-error"</c:if>>
      <c:if test="${not empty errors['password']}"><p class="error" id="password-error">Password ${fn:escapeXml(errors['password'])}</p></c:if>
    </div>
    <%@ include file="parts/honeypot.jspf" %>
    <input type="hidden" name="next" value="${fn:escapeXml(next)}">
    <input type="hidden" name="ticket" value="${fn:escapeXml(ticket)}">
    <button id="sign-in-submit" type="submit">Sign in</button>
  </form>
  <%-- without next: the emailed link signs the client in to their account, wherever they were --%>
  <p><a href="${pageContext.request.contextPath}/account/forgot">Forgot your password?</a></p>
  <p>New here? <a href="${pageContext.request.contextPath}/account/sign-up">Sign up</a> to save homes and searches.</p>
</section>
<%@ include file="parts/bottom.jspf" %>
