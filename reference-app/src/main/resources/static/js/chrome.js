// The parts every signed-in page shares: the session check, the sign-out button and the page alert.
import { requireSession, signOut } from './api.js';

/** Checks the session, wires sign-out; resolves false when the user is being sent to sign in. */
export async function startPage() {
    document.getElementById('sign-out')?.addEventListener('click', async () => {
        await signOut();
        location.assign('/');
    });
    return requireSession();
}

/** Shows a message in the page's alert region (role=alert), or clears it. */
export function announce(message) {
    const alert = document.getElementById('page-alert');
    if (alert) {
        alert.textContent = message || '';
        alert.hidden = !message;
    }
}
