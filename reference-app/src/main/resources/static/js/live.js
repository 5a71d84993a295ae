// The interview's transport. Live: the WebSocket /ws/interviews/{id}, the access token offered as
// the subprotocols ["bearer", token] (a browser cannot set headers on a handshake, and a token in
// the URL would end up in logs). When the socket cannot be opened (a proxy without WebSocket
// upgrade, say), the same steps go over the HTTP API. Either way the page gets the same events:
// question, feedback, score, hint, status, complete, error.
import { api, currentAccessToken, refresh } from './api.js';

function socketUrl(id) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    return `${scheme}://${location.host}/ws/interviews/${encodeURIComponent(id)}`;
}

/** Opens a socket; resolves it once open, rejects when it closes first. */
function openSocket(id) {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(socketUrl(id), ['bearer', currentAccessToken()]);
        socket.addEventListener('open', () => resolve(socket), { once: true });
        socket.addEventListener('close', () => reject(new Error('closed before opening')), { once: true });
    });
}

/** The live transport over a WebSocket. */
class SocketTransport {
    constructor(socket, emit) {
        this.socket = socket;
        this.kind = 'live (WebSocket)';
        this.sequence = 0;
        socket.addEventListener('message', message => {
            const frame = JSON.parse(message.data);
            emit(frame.type.replace('interview:', ''), frame.payload);
        });
        socket.addEventListener('close', event => emit('closed', { code: event.code }));
    }

    send(type, payload = {}) {
        this.sequence += 1;
        this.socket.send(JSON.stringify({ type: `interview:${type}`, payload, id: String(this.sequence) }));
    }

    close() {
        this.socket.close(1000);
    }
}

/** The same steps over the HTTP API, answering with the socket's event names. */
class HttpTransport {
    constructor(id, emit) {
        this.base = `/api/v1/interviews/${encodeURIComponent(id)}`;
        this.emit = emit;
        this.kind = 'over HTTP (no WebSocket)';
    }

    async send(type, payload = {}) {
        const emit = this.emit;
        try {
            if (type === 'start') {
                const started = await api(`${this.base}/start`, { method: 'POST' });
                emit('status', { status: started.status });
                emit('question', HttpTransport.question(started.question));
            } else if (type === 'answer') {
                const result = await api(`${this.base}/answer`, { method: 'POST', body: payload });
                emit('score', {
                    ...result.scores, overallScore: result.scores.overall, analytics: result.analytics,
                    strengths: result.feedback.strengths, improvements: result.feedback.improvements,
                    verdicts: result.verdicts, finished: result.finished,
                });
                if (result.next) {
                    emit('question', HttpTransport.question(result.next));
                }
            } else if (type === 'hint') {
                const hint = await api(`${this.base}/hint`, { method: 'POST' });
                emit('hint', { text: hint.hint.text || hint.hint });
            } else if (type === 'pause' || type === 'resume') {
                emit('status', { status: (await api(`${this.base}/${type}`, { method: 'POST' })).status });
            } else if (type === 'complete') {
                const done = await api(`${this.base}/complete`, { method: 'POST' });
                emit('complete', { report: done.report });
                emit('status', { status: 'COMPLETED' });
            }
        } catch (error) {
            emit('error', { status: error.status, detail: error.message, field: error.fieldErrors[0]?.field });
        }
    }

    static question(question) {
        return { questionId: question.id, kind: question.kind, text: question.text, coding: question.coding };
    }

    close() {
    }
}

/**
 * Connects to an interview: the socket, after one silent token refresh if the first handshake is
 * refused, else HTTP. The socket greets with the interview's status (and question, if under way);
 * over HTTP the page asks for the interview itself.
 */
export async function connect(id, emit) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
            return new SocketTransport(await openSocket(id), emit);
        } catch (refused) {
            if (attempt === 0 && !await refresh()) {
                break;
            }
        }
    }
    const transport = new HttpTransport(id, emit);
    const interview = await api(`/api/v1/interviews/${encodeURIComponent(id)}`);
    emit('status', { status: interview.status });
    if (interview.status === 'IN_PROGRESS' || interview.status === 'PAUSED') {
        const turns = await api(`/api/v1/interviews/${encodeURIComponent(id)}/turns`);
        const asked = turns.filter(t => t.kind === 'QUESTION' || t.kind === 'FOLLOW_UP').pop();
        if (asked) {
            emit('question', { questionId: asked.questionId, kind: asked.kind, text: asked.text });
        }
    }
    return transport;
}
