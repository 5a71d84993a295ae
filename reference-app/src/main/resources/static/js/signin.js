// The sign-in page: sign in, or create an account and sign in; then go where the user was headed.
import { hasSession, register, signIn } from './api.js';
import { clearErrors, showError } from './dom.js';

function destination() {
    const next = new URLSearchParams(location.search).get('next');
    // Only paths on this site: never an absolute or protocol-relative address.
    return next && next.startsWith('/') && !next.startsWith('//') ? next : '/dashboard.html';
}

function values(form) {
    return Object.fromEntries(new FormData(form).entries());
}

async function submit(form, action) {
    clearErrors(form);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
        await action(values(form));
        location.assign(destination());
    } catch (error) {
        showError(form, error);
    } finally {
        button.disabled = false;
    }
}

if (hasSession() && !new URLSearchParams(location.search).has('next')) {
    location.assign('/dashboard.html');
}

document.getElementById('signin-form').addEventListener('submit', event => {
    event.preventDefault();
    submit(event.target, ({ email, password }) => signIn(email, password));
});

document.getElementById('register-form').addEventListener('submit', event => {
    event.preventDefault();
    submit(event.target, async ({ email, password, fullName }) => {
        await register(email, password, fullName || null);
        await signIn(email, password);
    });
});
