// The parts every signed-in page shares: the session check, the sign-out button, the page alert and
// keyboard access to whatever scrolls sideways.
import { requireSession, signOut } from './api.js';

const SCROLLERS = '.table-wrap, .calendar';

/**
 * A box that scrolls sideways (a wide table on a phone) must be reachable with the keyboard to be
 * scrolled with the arrow keys: while its content overflows it is a Tab stop, named after its
 * section (role=region, unless it has a role of its own). Checked again when its size or content changes.
 */
function keyboardScrolling() {
    const check = box => {
        const scrolls = box.scrollWidth > box.clientWidth;
        if (scrolls && !box.hasAttribute('tabindex')) {
            box.setAttribute('tabindex', '0');
            if (!box.hasAttribute('role')) {
                box.setAttribute('role', 'region');
                // Its own name: the section around it is a region already, named by its heading.
                const heading = box.closest('section')?.querySelector('h2, h3')?.textContent;
                box.setAttribute('aria-label', `${heading || 'Content'}, scrolls sideways`);
                box.dataset.scrollRegion = 'true';
            }
        } else if (!scrolls && box.getAttribute('tabindex') === '0') {
            box.removeAttribute('tabindex');
            if (box.dataset.scrollRegion) {
                ['role', 'aria-label', 'data-scroll-region'].forEach(name => box.removeAttribute(name));
            }
        }
    };
    const resized = new ResizeObserver(entries => entries.forEach(entry => check(entry.target)));
    const changed = new MutationObserver(records => records.forEach(record => {
        const box = record.target.closest?.(SCROLLERS) || record.target.parentElement?.closest(SCROLLERS);
        if (box) {
            check(box);
        }
    }));
    for (const box of document.querySelectorAll(SCROLLERS)) {
        resized.observe(box);
        changed.observe(box, { childList: true, subtree: true });
    }
}

/** Checks the session, wires sign-out; resolves false when the user is being sent to sign in. */
export async function startPage() {
    keyboardScrolling();
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
