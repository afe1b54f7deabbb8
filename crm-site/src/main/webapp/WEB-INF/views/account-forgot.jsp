<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Forgot your password?</h1>
  <p>Type the email of your account, and we will send you a link to choose a new password.</p>
  <form class="account-form" action="${pageContext.request.contextPath}/account/forgot" method="post" novalidate>
    <c:if test="${not empty errors['form']}"><p class="error" role="alert">${fn:escapeXml(errors['form'])}</p></c:if>
    <div class="field">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${fn:escapeXml(email)}"<c:if test="${not empty errors['email']}"> aria-invalid="true" aria-describedby="email-error"</c:if>>
      <c:if test="${not empty errors['email']}"><p class="error" id="email-error">Email ${fn:escapeXml(errors['email'])}</p></c:if>
    </div>
    <%@ include file="parts/honeypot.jspf" %>
    <input type="hidden" name="ticket" value="${fn:escapeXml(ticket)}">
    <button id="forgot-submit" type="submit">Send me a link</button>
  </form>
  <p>Remembered it? <a href="${pageContext.request.contextPath}/account/sign-in">Sign in</a></p>
</section>
<%@ include file="parts/bottom.jspf" %>
