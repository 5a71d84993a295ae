// Memory: search (GET /memory/search), save a note (POST /memory), delete one (DELETE /memory/{id})
// or all (DELETE /memory, after an explicit second click).
import { api } from './api.js';
import { announce, startPage } from './chrome.js';
import { clearErrors, el, fill, showError, when } from './dom.js';

const $ = id => document.getElementById(id);

function result({ memory, similarity, reason }) {
    const remove = el('button', { type: 'button', class: 'secondary', text: 'Delete', 'aria-label': `Delete memory from ${when(memory.createdAt)}` });
    const item = el('li', { 'data-memory': memory.id },
        el('p', { text: memory.content }),
        el('p', { class: 'muted', text: `${memory.topic || 'no topic'} · ${memory.messageType} · ${when(memory.createdAt)} · ${reason || `similarity ${similarity.toFixed(2)}`}` }),
        memory.sessionId ? el('p', {}, el('a', { href: `/report.html?id=${encodeURIComponent(memory.sessionId)}`, text: 'Open its interview report' })) : null,
        remove);
    remove.addEventListener('click', async () => {
        try {
            await api(`/api/v1/memory/${encodeURIComponent(memory.id)}`, { method: 'DELETE' });
            item.remove();
            $('result-count').textContent = 'Memory deleted.';
            $('q').focus();
        } catch (error) {
            announce(error.message);
        }
    });
    return item;
}

$('search-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const q = $('q').value.trim();
    if (!q) {
        showError(form, { message: 'Type what to search for.', fieldErrors: [{ field: 'q', message: 'Required.' }] });
        return;
    }
    try {
        const results = await api(`/api/v1/memory/search?${new URLSearchParams({ q, k: $('k').value })}`);
        $('result-count').textContent = `${results.length} result${results.length === 1 ? '' : 's'}.`;
        fill($('results'), results.map(result));
    } catch (error) {
        showError(form, error);
    }
});

$('note-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    try {
        const saved = await api('/api/v1/memory', { method: 'POST', body: { content: $('content').value, topic: $('topic').value.trim() || null } });
        form.reset();
        form.querySelector('.form-status').textContent = '';
        $('result-count').textContent = `Saved (${saved.memories.length} memor${saved.memories.length === 1 ? 'y' : 'ies'}).`;
    } catch (error) {
        showError(form, error);
    }
});

function confirming(on) {
    $('forget-all').hidden = on;
    $('forget-confirm').hidden = !on;
    $('forget-cancel').hidden = !on;
    (on ? $('forget-confirm') : $('forget-all')).focus();
}

$('forget-all').addEventListener('click', () => confirming(true));
$('forget-cancel').addEventListener('click', () => confirming(false));
$('forget-confirm').addEventListener('click', async () => {
    try {
        await api('/api/v1/memory', { method: 'DELETE' });
        fill($('results'));
        $('forget-status').textContent = 'All your memories are deleted.';
    } catch (error) {
        $('forget-status').textContent = error.message;
    }
    confirming(false);
});

startPage().then(ok => {
    if (ok) {
        document.body.dataset.loaded = 'true';
    }
});
