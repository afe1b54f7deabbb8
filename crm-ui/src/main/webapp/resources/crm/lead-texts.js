/*
 * The "Texts" section of a lead's page (lead-texts.xhtml): Ctrl+Enter (Cmd+Enter on a Mac) in the box sends, as the
 * Send button does, and the conversation shows its newest text, at the bottom, whenever it is drawn.
 */
var CrmTexts = (function () {

    function showLatest() {
        var conversation = document.getElementById('leadTexts:conversation');
        if (conversation) {
            conversation.scrollTop = conversation.scrollHeight;
        }
    }

    document.addEventListener('DOMContentLoaded', showLatest);

    return {
        showLatest: showLatest,
        sendOnCtrlEnter: function (event) {
            if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) {
                return;
            }
            event.preventDefault();
            // the button is disabled while its request runs: a second Ctrl+Enter then does nothing
            var send = document.getElementById('leadTexts:send');
            if (send && !send.disabled) {
                send.click();
            }
        }
    };
})();
