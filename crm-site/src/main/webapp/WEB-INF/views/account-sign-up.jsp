<%@ include file="parts/head.jspf" %>
<%@ include file="parts/top.jspf" %>
<section class="wrap narrow">
  <h1>Sign up</h1>
  <p>Save the homes you like and your searches, and hear of new homes as they come on the market.</p>
  <form class="account-form" action="${pageContext.request.contextPath}/account/sign-up" method="post" novalidate>
    <c:if test="${not empty errors['form']}"><p class="error" role="alert">${fn:escapeXml(errors['form'])}</p></c:if>
    <div class="pair">
      <div class="field">
        <label for="firstName">First name</label>
        <input id="firstName" name="firstName" autocomplete="given-name" required maxlength="80" value="${fn:escapeXml(form.firstName())}"<c:if test="${not empty errors['firstName']}"> aria-invalid="true" aria-describedby="firstName-error"</c:if>>
        <c:if test="${not empty errors['firstName']}"><p class="error" id="firstName-error">First name ${fn:escapeXml(errors['firstName'])}</p></c:if>
      </div>
      <div class="field">
        <label for="lastName">Last name</label>
        <input id="lastName" name="lastName" autocomplete="family-name" maxlength="80" value="${fn:escapeXml(form.lastName())}"<c:if test="${not empty errors['lastName']}"> aria-invalid="true" aria-describedby="lastName-error"</c:if>>
        <c:if test="${not empty errors['lastName']}"><p class="error" id="lastName-error">Last name ${fn:escapeXml(errors['lastName'])}</p></c:if>
      </div>
    </div>
    <div class="field">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${fn:escapeXml(form.email())}"<c:if test="${not empty errors['email']}"> aria-invalid="true" aria-describedby="email-error"</c:if>>
      <c:if test="${not empty errors['email']}"><p class="error" id="email-error">Email ${fn:escapeXml(errors['email'])}</p></c:if>
    </div>
    <div class="field">
      <label for="phone">Phone (optional)</label>
      <input id="phone" name="phone" type="tel" autocomplete="tel" maxlength="40" value="${fn:escapeXml(form.phone())}"<c:if test="${not empty errors['phone']}"> aria-invalid="true" aria-describedby="phone-error"</c:if>>
      <c:if test="${not empty errors['phone']}"><p class="error" id="phone-error">Phone ${fn:escapeXml(errors['phone'])}</p></c:if>
    </div>
    <div class="field">
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" aria-describedby="password-hint<c:if test="${not empty errors['password']}"> password-error</c:if>"<c:if test="${not empty errors['password']}"> aria-invalid="true"</c:if>>
      <p class="hint" id="password-hint">At least 12 characters.</p>
      <c:if test="${not empty errors['password']}"><p class="error" id="password-error">Password ${fn:escapeXml(errors['password'])}</p></c:if>
    </div>
    <%@ include file="parts/honeypot.jspf" %>
    <input type="hidden" name="ticket" value="${fn:escapeXml(ticket)}">
    <button id="sign-up-submit" type="submit">Sign up</button>
  </form>
  <p>We will email you a link to confirm your address. Already have an account? <a href="${pageContext.request.contextPath}/account/sign-in">Sign in</a></p>
</section>
<%@ include file="parts/bottom.jspf" %>
