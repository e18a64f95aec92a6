/* @mention suggestions for a Markdown text area: tells the server what is being typed after "@" (at the caret),
   and replaces it with the chosen name. Loaded with @JavaScript on the editor component; no bundle rebuild. */
(function () {
    const MENTION = /(?:^|[^\p{L}\p{N}])@([\p{L}\p{N}'.\-]{0,40})$/u;

    function textareaOf(host) {
        return host.inputElement || host.querySelector('textarea');
    }

    window.allteachMentions = function (host) {
        if (host.__allteachMentions) {
            return;
        }
        host.__allteachMentions = true;
        host.addEventListener('input', () => {
            const area = textareaOf(host);
            if (!area) {
                return;
            }
            const match = MENTION.exec(area.value.slice(0, area.selectionStart));
            host.dispatchEvent(new CustomEvent('mention-query', {detail: {query: match ? match[1] : null}}));
        });
    };

    window.allteachInsertMention = function (host, name) {
        const area = textareaOf(host);
        const caret = area.selectionStart;
        const match = MENTION.exec(area.value.slice(0, caret));
        if (!match) {
            return;
        }
        const start = caret - match[1].length - 1;
        const inserted = '@' + name + ' ';
        host.value = area.value.slice(0, start) + inserted + area.value.slice(caret);
        area.focus();
        area.setSelectionRange(start + inserted.length, start + inserted.length);
        host.dispatchEvent(new CustomEvent('change', {bubbles: true}));
    };
})();
