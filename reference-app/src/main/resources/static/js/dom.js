// Small DOM helpers. Data from the API is only ever set as text (never as HTML), so a stored
// answer or memory cannot inject markup or script.

/** Creates an element with attributes (class, id, aria-*, data-*, ...) and text or element children. */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'text') {
            element.textContent = value;
        } else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and text or element children, as el() does for HTML. */
export function svg(tag, attributes = {}, ...children) {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'text') {
            element.textContent = value;
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
    element.replaceChildren();
    for (const child of children.flat()) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

/** Clears the error marks a form shows. */
export function clearErrors(form) {
    for (const message of form.querySelectorAll('.field-error')) {
        message.remove();
    }
    for (const field of form.querySelectorAll('[aria-invalid]')) {
        field.removeAttribute('aria-invalid');
        const described = (field.getAttribute('aria-describedby') || '').split(' ')
            .filter(id => !id.endsWith('-error')).join(' ');
        if (described) {
            field.setAttribute('aria-describedby', described);
        } else {
            field.removeAttribute('aria-describedby');
        }
    }
    const status = form.querySelector('.form-status');
    if (status) {
        status.textContent = '';
    }
}

/**
 * Shows an API error: its detail in the form's alert, and each field error next to its field
 * (marked aria-invalid and described by the message); focus goes to the first invalid field.
 */
export function showError(form, error) {
    clearErrors(form);
    const status = form.querySelector('.form-status');
    if (status) {
        status.textContent = error.message;
    }
    let first = null;
    for (const { field, message } of error.fieldErrors || []) {
        const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
        if (!input) {
            if (status) {
                status.append(el('span', { text: ` ${field}: ${message}.` }));
            }
            continue;
        }
        const id = `${input.id || field}-error`;
        input.after(el('p', { class: 'field-error', id, text: message }));
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
        first = first || input;
    }
    (first || status)?.focus();
}

/** A date-time as the reader's locale shows it. */
export function when(iso) {
    return iso ? new Date(iso).toLocaleString() : '—';
}
