"""The danger check: five optional yes/no questions on the factors research links to severe or
lethal partner violence (the Danger Assessment-5 with its strangulation item; the citation is in
data/content/pathways.yml), in our own words.

Never forced, never scored: the answer is "some of what you told me is linked to serious
danger" with 113/111, the safety plan and help nearby, or a thank-you with options. The bot
never says "you are safe". Every question takes a tap or a typed "có", "ko", "bỏ qua", "không
muốn trả lời", "yes", "skip"; "thôi", "dừng", "stop" leave at once. Which questions were
answered "yes" lives in the session until the result is shown, then it is dropped; the logbook
is not touched.
"""

from __future__ import annotations

from bot.core.flows.pathway_state import content, enter, leave, stop_button
from bot.core.messages import Button
from bot.core.render import phone_button
from bot.core.turn import Turn

ANSWERS = ("yes", "no", "skip")


def begin(turn: Turn) -> None:
    enter(turn, "check", "check", i=0, yes=[])
    turn.say(turn.t("pathways.check_intro"))
    ask(turn)


def ask(turn: Turn) -> None:
    state = turn.session.pathway
    questions = content(turn).questions
    index = int(state.get("i", 0))
    question = questions[index]
    t = turn.t
    turn.say(t("pathways.check_q", n=index + 1, total=len(questions),
               question=question.text[turn.lang]),
             (Button(t("pathways.answer_yes"), f"pw:c:yes:{index}"),
              Button(t("pathways.answer_no"), f"pw:c:no:{index}"),
              Button(t("pathways.skip"), f"pw:c:skip:{index}"), stop_button(turn)))


def record(turn: Turn, value: str) -> None:
    """One answer to the current question, then the next question or the result."""
    state = turn.session.pathway
    questions = content(turn).questions
    index = int(state.get("i", 0))
    if value == "yes":
        state["yes"] = [*state.get("yes", []), questions[index].id]
    state["i"] = index + 1
    if state["i"] < len(questions):
        ask(turn)
    else:
        result(turn)


def on_button(turn: Turn, arg: str) -> None:
    """`pw:c:<answer>:<question index>`: a button of an earlier question (pressed twice, or
    after the check ended) asks the current question again instead of answering it."""
    value, _, index = arg.partition(":")
    state = turn.session.pathway
    if state.get("flow") != "check":
        begin(turn)
    elif value in ANSWERS and index == str(state.get("i", 0)):
        record(turn, value)
    else:
        ask(turn)


def question_id(turn: Turn) -> str:
    """The id of the question now asked ("choke"), "" when the check is over."""
    questions = content(turn).questions
    index = int(turn.session.pathway.get("i", 0))
    return questions[index].id if index < len(questions) else ""


def on_text(turn: Turn, said: str | None) -> bool:
    if said in ANSWERS:
        record(turn, str(said))
        return True
    return False


def hint(turn: Turn) -> None:
    turn.say(turn.t("pathways.check_hint"))
    ask(turn)


def result(turn: Turn) -> None:
    """Non-directive: what may help now, never a score or a level."""
    yes = list(turn.session.pathway.get("yes", []))
    leave(turn.session)  # the answers are gone before anything is said
    t = turn.t
    known = {h.id: h for h in turn.services.settings.hotlines}
    calls = tuple(phone_button(turn.lang, known[i]) for i in ("police", "national") if i in known)
    if yes:
        text = t("pathways.check_serious")
        if "choke" in yes:
            text += "\n\n" + t("pathways.check_choke")
        turn.say(text, (*calls, Button(t("pathways.plan"), "pw:plan"),
                        Button(t("pathways.find_help"), "m:near"), Button(t("back_to_menu"), "menu")))
    else:
        turn.say(t("pathways.check_thanks"),
                 (Button(t("pathways.plan"), "pw:plan"), Button(t("pathways.more"), "pw:menu"),
                  Button(t("back_to_menu"), "menu")))
