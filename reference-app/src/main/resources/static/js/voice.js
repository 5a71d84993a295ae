// Voice mode with the Web Speech API, where the browser has it: speechSynthesis reads the
// interviewer's questions; SpeechRecognition (webkit-prefixed in Chromium) transcribes answers.
// Both are feature-detected: without them the page says so and typing still works.

const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;

/** What this browser supports. */
export const voiceSupport = {
    speak: 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function',
    listen: typeof Recognition === 'function',
};

/** Reads text aloud, cancelling what was being read. */
export function speak(text) {
    if (!voiceSupport.speak) {
        return;
    }
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    window.speechSynthesis.speak(utterance);
}

/** Stops reading aloud. */
export function stopSpeaking() {
    if (voiceSupport.speak) {
        window.speechSynthesis.cancel();
    }
}

/**
 * Dictation into a text area: final phrases are appended as they are recognised. Answers the
 * controls {start, stop, listening}; `onChange(listening, message)` reports the state.
 */
export function dictation(textarea, onChange) {
    if (!voiceSupport.listen) {
        return null;
    }
    const recognition = new Recognition();
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.lang = document.documentElement.lang || 'en';
    let listening = false;
    recognition.addEventListener('result', event => {
        for (let i = event.resultIndex; i < event.results.length; i += 1) {
            if (event.results[i].isFinal) {
                const phrase = event.results[i][0].transcript.trim();
                textarea.value = textarea.value ? `${textarea.value.trimEnd()} ${phrase}` : phrase;
            }
        }
    });
    recognition.addEventListener('end', () => {
        listening = false;
        onChange(false, 'Dictation stopped.');
    });
    recognition.addEventListener('error', event => {
        listening = false;
        onChange(false, `Dictation failed: ${event.error}.`);
    });
    return {
        start() {
            recognition.start();
            listening = true;
            onChange(true, 'Listening…');
        },
        stop() {
            recognition.stop();
        },
        get listening() {
            return listening;
        },
    };
}
