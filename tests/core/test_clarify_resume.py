"""A clarifying question instead of "not understood", and resuming a help request after a detour,
through the real engine with a scripted understander (so the classifier's confidence is known)."""

from __future__ import annotations

from bot.core.messages import Inbound
from bot.nlu.understanding import Understanding
from bot.runtime import build_runtime


class Scripted:
    """Answers each text with the Understanding given for it (else: not understood)."""

    def __init__(self, table: dict[str, Understanding]):
        self.table = table

    def understand(self, text: str) -> Understanding:
        return self.table.get(text, Understanding(None, 0.1, "out_of_scope", {}, "vi"))


def _say(runtime, text: str, user: str = "u"):
    return runtime.engine.handle(Inbound("test", user, text=text))


def test_unsure_but_helpful_guesses_get_a_clarifying_question(settings):
    unsure = Understanding(None, 0.3, "find_provider", {}, "vi",
                           ranking=(("find_provider", 0.3), ("seek_help", 0.28), ("greet", 0.1)))
    runtime = build_runtime(settings, understander=Scripted({"cho do la cho nao vay": unsure}),
                            with_nlu=False)
    try:
        replies = _say(runtime, "cho do la cho nao vay")
        content = runtime.content
        assert content.t("vi", "clarify_q") in [r.text for r in replies]
        payloads = [b.payload for r in replies for b in r.buttons]
        assert "c:find_provider" in payloads and "c:seek_help" in payloads
        assert "c:greet" not in payloads
        assert content.t("vi", "fallback") not in "\n".join(r.text for r in replies)
        chosen = runtime.engine.handle(Inbound("test", "u", payload="c:seek_help"))
        assert content.t("vi", "help_safe_q") in "\n".join(r.text for r in chosen)
    finally:
        runtime.close()


def test_unsure_with_no_helpful_guess_gets_the_fallback_with_111(settings):
    runtime = build_runtime(settings, understander=Scripted({}), with_nlu=False)
    try:
        replies = _say(runtime, "zzz qqq")
        texts = "\n".join(r.text for r in replies)
        assert runtime.content.t("vi", "fallback") in texts and "111" in texts
    finally:
        runtime.close()


def test_a_question_mid_request_is_answered_and_the_request_can_be_resumed(settings):
    hotline = Understanding("ask_hotline", 0.9, "ask_hotline", {}, "vi",
                            ranking=(("ask_hotline", 0.9),))
    learn = Understanding("learn_gbv", 0.9, "learn_gbv", {}, "vi", ranking=(("learn_gbv", 0.9),))
    runtime = build_runtime(settings, understander=Scripted({"so dien thoai khan cap": hotline,
                                                             "bạo lực là gì": learn}),
                            with_nlu=False)
    content = runtime.content
    try:
        runtime.engine.handle(Inbound("test", "u", payload="m:help"))
        runtime.engine.handle(Inbound("test", "u", payload="h:safe:yes"))
        replies = _say(runtime, "so dien thoai khan cap")
        texts = "\n".join(r.text for r in replies)
        # the question is answered, then the step it interrupted is asked again
        assert "113" in texts and replies[-1].text == content.t("vi", "help_who_q")
        back = _say(runtime, "cho em")
        assert content.t("vi", "help_kind_q") in "\n".join(r.text for r in back)
        # a detour into another flow ends with an offer to resume
        learn = _say(runtime, "bạo lực là gì")
        assert content.t("vi", "resume_q") in "\n".join(r.text for r in learn)
        resumed = _say(runtime, "có")
        assert content.t("vi", "help_kind_q") in "\n".join(r.text for r in resumed)
        rows = list(runtime.logbook.db["help_requests"].rows)
        assert len(rows) == 1  # the same request, not a new one
    finally:
        runtime.close()
