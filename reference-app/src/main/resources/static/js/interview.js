// The interview room: set up an interview, then talk with the interviewer over the live transport
// (live.js). Shows a timer per question (stopped while paused), hints, the judge's verdicts per
// test for coding questions, and each answer's scores and delivery analytics. The time spent on an
// answer is sent as durationSeconds, so fillers and words per minute are measured on it. While a
// language model writes the interviewer's words they stream into the conversation (streaming.js).
import { api, refresh } from './api.js';
import { announce, startPage } from './chrome.js';
import { codeEditor } from './editor.js';
import { clearErrors, el, fill, showError } from './dom.js';
import { connect } from './live.js';
import { StreamingBubbles } from './streaming.js';
import { dictation, speak, stopSpeaking, voiceSupport } from './voice.js';

const $ = id => document.getElementById(id);
const state = {
    interview: null, ready: null, question: null, status: null,
    shownAt: 0, pausedAt: 0, pausedMs: 0, stoppedAt: 0, limitSeconds: 0, waiting: false,
};
let dictate = null;
let bubbles = null;

/** Who speaks a turn of each kind, as the conversation labels it. */
const SPEAKERS = {
    QUESTION: 'Interviewer', FOLLOW_UP: 'Interviewer (follow-up)', FEEDBACK: 'Interviewer (feedback)',
    HINT: 'Interviewer (hint)', SUMMARY: 'Interviewer (report)',
};

function speaker(kind) {
    return { who: SPEAKERS[kind] || 'Interviewer', className: kind === 'HINT' ? 'note' : 'interviewer' };
}

function activeSeconds() {
    if (!state.shownAt) {
        return 0;
    }
    const now = state.stoppedAt || state.pausedAt || Date.now();
    return Math.max(0, Math.round((now - state.shownAt - state.pausedMs) / 1000));
}

function clock(seconds) {
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function tick() {
    const seconds = activeSeconds();
    $('timer').textContent = clock(seconds);
    $('timer').classList.toggle('over', state.limitSeconds > 0 && seconds > state.limitSeconds);
}

/** Adds a turn to the conversation; a turn the model streamed takes the place of its bubble. */
function say(who, text, kind, entry, streamedKind) {
    const item = el('li', { class: kind, 'data-entry': entry }, el('span', { class: 'who', text: who }), text);
    if (streamedKind) {
        bubbles.settle(streamedKind, item);
    } else {
        $('conversation').append(item);
    }
    item.scrollIntoView({ block: 'nearest' });
}

function controls() {
    const live = state.status === 'IN_PROGRESS';
    $('send').disabled = !live || state.waiting || !state.question;
    $('hint').disabled = !live || !state.question;
    $('pause').disabled = !(live || state.status === 'PAUSED');
    $('pause').textContent = state.status === 'PAUSED' ? 'Resume' : 'Pause';
    $('finish').disabled = !(live || state.status === 'PAUSED');
    $('answer').disabled = state.status === 'PAUSED' || state.status === 'COMPLETED';
}

function onStatus({ status }) {
    if (status === 'PAUSED' && !state.pausedAt) {
        state.pausedAt = Date.now();
        stopSpeaking();
        say('Room', 'Paused: the question clock has stopped.', 'note', 'status');
    } else if (status === 'IN_PROGRESS' && state.pausedAt) {
        state.pausedMs += Date.now() - state.pausedAt;
        state.pausedAt = 0;
        say('Room', 'Resumed.', 'note', 'status');
    }
    state.status = status;
    if (status === 'CREATED') {
        state.ready.then(transport => transport.send('start'));
    }
    if (status === 'COMPLETED' && !state.interview.reported) {
        showDone(null);
    }
    controls();
}

function onQuestion(question) {
    if (question.turnId && state.question && state.question.turnId === question.turnId) {
        return; // the same question again, from the greeting of a reconnected socket
    }
    state.question = question;
    state.shownAt = Date.now();
    state.stoppedAt = 0;
    state.pausedMs = 0;
    state.pausedAt = state.status === 'PAUSED' ? Date.now() : 0;
    state.limitSeconds = question.timeLimitSeconds || state.interview.questionTimeLimitSeconds || 0;
    $('limit').textContent = state.limitSeconds ? `of ${clock(state.limitSeconds)}` : '';
    const kind = question.kind === 'FOLLOW_UP' ? 'FOLLOW_UP' : 'QUESTION';
    say(speaker(kind).who, question.text, 'interviewer', 'question', kind);
    if (state.interview.type === 'CODING' && question.kind === 'QUESTION') {
        showProblem(question);
    }
    if ($('voice').checked) {
        speak(question.text);
    }
    tick();
    controls();
}

/**
 * The coding problem's function, examples and constraints. The socket's question frames carry only
 * the text, so they come from the question bank (GET /questions/by-type/CODING), page by page.
 */
async function codingOf(question) {
    if (question.coding) {
        return question.coding;
    }
    const difficulty = encodeURIComponent(state.interview.difficulty || 'MEDIUM');
    for (let offset = 0; ; offset += 100) {
        const page = await api(`/api/v1/questions/by-type/CODING?difficulty=${difficulty}&offset=${offset}&limit=100`);
        const found = page.items.find(item => item.id === question.questionId);
        if (found || offset + page.items.length >= page.total || page.items.length === 0) {
            return found ? found.coding : null;
        }
    }
}

async function showProblem(question) {
    try {
        const coding = await codingOf(question);
        if (!coding) {
            fill($('problem'));
            return;
        }
        fill($('problem'),
            el('p', {}, 'Write ', el('code', { id: 'signature', text: coding.function })),
            el('ul', {}, (coding.examples || []).map(example => el('li', {},
                el('code', { text: example.input }), ' → ', el('code', { text: example.output }),
                example.explanation ? ` (${example.explanation})` : null))),
            (coding.constraints || []).length ? el('p', { class: 'muted', text: `Constraints: ${coding.constraints.join('; ')}` }) : null);
    } catch (error) {
        fill($('problem'), el('p', { class: 'muted', text: `The problem's details are unavailable: ${error.message}` }));
    }
}

function list(title, items) {
    return items && items.length ? [el('h3', { text: title }), el('ul', {}, items.map(item => el('li', { text: item })))] : [];
}

function verdictRows(tests) {
    return el('tbody', {}, tests.map(test => el('tr', {},
        el('td', { text: test.hidden ? `${test.index + 1} (hidden)` : test.index + 1 }),
        el('td', { class: test.ran === false ? 'muted' : test.verdict === 'ACCEPTED' ? 'verdict-ACCEPTED' : 'verdict-bad',
            text: test.ran === false ? 'not run' : test.verdict || '—' }),
        el('td', { text: test.runTimeMs ?? '—' }),
        el('td', { text: test.actual != null ? `expected ${test.expected}, got ${test.actual}` : '' }))));
}

function verdictTable(result) {
    return [
        el('caption', { text: `${result.verdict}: ${result.passed} of ${result.total} tests passed${result.message ? ` — ${result.message}` : ''}` }),
        el('thead', {}, el('tr', {}, ['Test', 'Verdict', 'Time (ms)', 'Detail'].map(h => el('th', { scope: 'col', text: h })))),
        verdictRows(result.tests || []),
    ];
}

/** Delivery figures from either the API's analytics view or the engine's record (over the socket). */
function delivery(analytics) {
    const fillers = analytics.fillers || {};
    const pace = analytics.pace;
    return {
        words: analytics.wordCount,
        wpm: analytics.wordsPerMinute ?? pace?.wordsPerMinute,
        pace: typeof pace === 'string' ? pace : pace?.verdict,
        fillers: fillers.count,
        per100: fillers.per100Words ?? fillers.ratePer100Words,
    };
}

function onScore(score) {
    state.waiting = false;
    const figures = delivery(score.analytics || {});
    fill($('latest-body'),
        el('p', {}, 'Score: ', el('span', { class: 'score', id: 'answer-score', text: score.overallScore })),
        el('dl', {},
            el('dt', { text: 'Words' }), el('dd', { text: figures.words ?? '—' }),
            el('dt', { text: 'Words per minute' }), el('dd', { id: 'wpm',
                text: figures.wpm != null ? `${Math.round(figures.wpm)} (${(figures.pace || '').replace('_', ' ').toLowerCase()})` : '—' }),
            el('dt', { text: 'Fillers' }), el('dd', { id: 'fillers',
                text: figures.fillers != null ? `${figures.fillers} (${Number(figures.per100).toFixed(1)} per 100 words)` : '—' })),
        el('ul', {}, (score.dimensions || []).map(d => el('li', {},
            el('strong', { text: `${d.name || d.dimension}: ${d.score}` }), ` — ${d.rationale || ''}`))),
        score.codeVerdict ? el('p', { text: `Code: ${score.codeVerdict}` }) : null,
        score.verdicts ? el('table', {}, verdictTable(score.verdicts)) : null,
        list('Strengths', score.strengths), list('To improve', score.improvements));
    $('latest').hidden = false;
    if (score.finished) {
        stopClock();
        say('Room', 'Every question is answered: finish the interview to see your report.', 'note', 'finished');
        $('finish').focus();
    }
    controls();
}

/** Freezes the question clock: nothing is left to answer. */
function stopClock() {
    state.stoppedAt = state.stoppedAt || state.pausedAt || Date.now();
}

function showDone(report) {
    state.interview.reported = true;
    stopClock();
    $('final-score').textContent = report ? report.overallScore : '';
    $('report-link').href = `/report.html?id=${encodeURIComponent(state.interview.id)}`;
    $('done').hidden = false;
    $('done-title').focus();
}

function onError(problem) {
    state.waiting = false;
    if (problem.status === 401) {
        return; // the access token expired: the socket closes (1008) and reconnects
    }
    const form = $('answer-form');
    showError(form, { message: problem.detail || problem.title || 'The interviewer could not take that step.',
        fieldErrors: problem.field ? [{ field: problem.field, message: problem.detail }] : [] });
    controls();
}

function handle(type, payload) {
    switch (type) {
        case 'status': return onStatus(payload);
        case 'question': return onQuestion(payload);
        case 'token': return bubbles.add(payload);
        case 'token-reset': return bubbles.reset(payload.step);
        case 'feedback': return say(speaker('FEEDBACK').who, payload.note ? `${payload.text} (${payload.note})` : payload.text, 'interviewer', 'feedback', 'FEEDBACK');
        case 'score': return onScore(payload);
        case 'hint': return say(speaker('HINT').who, payload.text, 'note', 'hint', 'HINT');
        case 'complete':
            bubbles.drop('SUMMARY');
            return showDone(payload.report);
        case 'error': return onError(payload);
        case 'closed':
            bubbles.clear();
            return onClosed(payload);
        default: return undefined;
    }
}

/**
 * The socket closed. 1008 means the access token expired (it is checked at the handshake only):
 * refresh it and connect again; the greeting brings the room up to date.
 */
async function onClosed({ code }) {
    if (state.status === 'COMPLETED' || state.status === 'ABANDONED') {
        $('connection').textContent = 'The interview is over.';
        return;
    }
    if (code === 1008 && await refresh()) {
        $('connection').textContent = 'Reconnecting…';
        state.ready = connect(state.interview.id, handle);
        $('connection').textContent = `Connected ${(await state.ready).kind}.`;
        return;
    }
    $('connection').textContent = 'Disconnected: reload the page to reconnect.';
}

async function enterRoom(interview) {
    state.interview = interview;
    $('setup').hidden = true;
    $('room').hidden = false;
    $('room-title').textContent = `${interview.type.replace('_', ' ').toLowerCase()} interview · ${(interview.difficulty || '').toLowerCase()}`;
    $('coding').hidden = interview.type !== 'CODING';
    $('dictation').hidden = !($('voice').checked && voiceSupport.listen);
    state.ready = connect(interview.id, handle);
    const transport = await state.ready;
    $('connection').textContent = `Connected ${transport.kind}.`;
    setInterval(tick, 1000);
}

async function send(type, payload) {
    (await state.ready).send(type, payload);
}

function wire() {
    bubbles = new StreamingBubbles($('conversation'), speaker);
    $('voice-support').textContent = voiceSupport.speak || voiceSupport.listen
        ? `This browser can ${[voiceSupport.speak && 'read questions aloud', voiceSupport.listen && 'transcribe your answers'].filter(Boolean).join(' and ')}.`
        : 'This browser has no speech support: voice mode is unavailable, typing works.';
    $('voice').disabled = !(voiceSupport.speak || voiceSupport.listen);
    codeEditor($('code'), $('run-tests'));

    $('setup-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.target;
        clearErrors(form);
        const values = Object.fromEntries(new FormData(form).entries());
        try {
            const interview = await api('/api/v1/interviews', { method: 'POST', body: {
                type: values.type, difficulty: values.difficulty, targetRole: values.targetRole || null } });
            const params = new URLSearchParams({ id: interview.id });
            if ($('voice').checked) {
                params.set('voice', '1');
            }
            history.replaceState(null, '', `?${params}`);
            await enterRoom(interview);
        } catch (error) {
            showError(form, error);
        }
    });

    $('answer-form').addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.target;
        clearErrors(form);
        const answer = $('answer').value.trim();
        if (!answer) {
            showError(form, { message: 'Write or dictate an answer first.', fieldErrors: [{ field: 'answer', message: 'An answer is required.' }] });
            return;
        }
        dictate?.stop();
        // A dictated answer's duration is the time spent speaking (voice.js); a typed one's the time the question was open.
        const spokenSeconds = dictate ? dictate.takeSpokenSeconds() : 0;
        const payload = { answer, durationSeconds: Math.max(1, spokenSeconds || activeSeconds()) };
        if (state.interview.type === 'CODING' && $('code').value.trim()) {
            payload.code = $('code').value;
            payload.language = $('language').value;
        }
        say('You', answer, 'candidate', 'answer');
        $('answer').value = '';
        state.waiting = true;
        controls();
        await send('answer', payload);
    });

    $('hint').addEventListener('click', () => send('hint'));
    $('pause').addEventListener('click', () => send(state.status === 'PAUSED' ? 'resume' : 'pause'));
    $('finish').addEventListener('click', () => send('complete'));

    $('run-tests').addEventListener('click', async () => {
        const table = $('verdicts');
        fill(table, el('caption', { text: 'Running…' }));
        try {
            const result = await api('/api/v1/judge/run', { method: 'POST', body: {
                problemSlug: state.question.questionId, language: $('language').value, code: $('code').value } });
            fill(table, verdictTable(result));
        } catch (error) {
            fill(table, el('caption', { class: 'verdict-bad', text: error.message }));
        }
    });

    dictate = dictation($('answer'), (listening, message) => {
        $('dictate').setAttribute('aria-pressed', String(listening));
        $('dictate').textContent = listening ? 'Stop dictation' : 'Start dictation';
        $('dictation-state').textContent = message;
    }, interim => { $('dictation-interim').textContent = interim; });
    $('dictate').addEventListener('click', () => (dictate.listening ? dictate.stop() : dictate.start()));
}

async function load() {
    if (!await startPage()) {
        return;
    }
    wire();
    const params = new URLSearchParams(location.search);
    $('voice').checked = params.get('voice') === '1' && !$('voice').disabled;
    try {
        if (params.get('id')) {
            await enterRoom(await api(`/api/v1/interviews/${encodeURIComponent(params.get('id'))}`));
        }
        document.body.dataset.loaded = 'true';
    } catch (error) {
        announce(error.message);
        document.body.dataset.loaded = 'true';
    }
}

load();
