// Helpline Companion web chat. No storage (no localStorage, no sessionStorage, no cookies from
// script): the conversation lives in this page only; the server knows the person by an HttpOnly
// cookie. Everything is built with DOM nodes and textContent, never innerHTML.
"use strict";

(function () {
  const body = document.body;
  const exitUrl = body.dataset.exitUrl;
  const hotlines = JSON.parse(body.dataset.hotlines || "[]");
  const emergency = JSON.parse(body.dataset.emergency || "[]");
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  let lang = document.documentElement.lang === "en" ? "en" : "vi";
  let busy = false;
  let leaving = false;

  // The page's words, per language, from data/content/ui.yml (`web_page`), put in the page by
  // the server.
  const WORDS = JSON.parse(body.dataset.words || "{}");

  function t(key) { return WORDS[lang][key]; }

  // The page's own words (title, buttons, placeholder, hints) follow the conversation: the
  // person's language button, and the language the bot's replies come back in.
  function applyWords() {
    document.documentElement.lang = lang;
    document.title = t("title");
    document.querySelectorAll("[data-i18n]").forEach((el) => {
      if (el.tagName !== "INPUT") el.textContent = t(el.dataset.i18n);
    });
    input.placeholder = t("placeholder");
    renderEmergency();
  }

  function telHref(number) { return "tel:" + number.replace(/[^0-9+]/g, ""); }

  function renderEmergency() {
    const nav = document.getElementById("emergency");
    nav.querySelectorAll("a").forEach((a) => a.remove());
    for (const line of emergency) {
      const a = document.createElement("a");
      a.href = telHref(line.number);
      a.textContent = line.number;
      a.title = line.label[lang] || line.number;
      nav.appendChild(a);
    }
  }

  // Hotline numbers inside a reply's text become tel: links (longest first, digits not glued on).
  // No lookbehind: older iPhones' Safari cannot compile it, and the page must work there.
  const numberPattern = hotlines.length
    ? new RegExp("(^|[^0-9])(" + hotlines.slice().sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ .]?"))
      .join("|") + ")(?![0-9])", "g")
    : null;

  function appendText(parent, text) {
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (i > 0) parent.appendChild(document.createElement("br"));
      if (!numberPattern) { parent.appendChild(document.createTextNode(line)); return; }
      let last = 0;
      for (const match of line.matchAll(numberPattern)) {
        const start = match.index + match[1].length;
        parent.appendChild(document.createTextNode(line.slice(last, start)));
        const a = document.createElement("a");
        a.href = telHref(match[2]);
        a.className = "tel";
        a.textContent = match[2];
        parent.appendChild(a);
        last = start + match[2].length;
      }
      parent.appendChild(document.createTextNode(line.slice(last)));
    });
  }

  function bubble(who) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    log.appendChild(div);
    return div;
  }

  function disableOldChoices() {
    log.querySelectorAll("button.choice, button.share").forEach((b) => { b.disabled = true; });
  }

  function renderReply(reply, from) {
    const div = bubble(from === "counsellor" ? "bot counsellor" : "bot");
    const p = document.createElement("p");
    appendText(p, reply.text || "");
    div.appendChild(p);
    const buttons = reply.buttons || [];
    if (buttons.length || reply.request_location) {
      const row = document.createElement("div");
      row.className = "buttons";
      let shared = false;
      for (const b of buttons) {
        // The engine's own "share my location" choice becomes the browser's location button,
        // as on Telegram (same convention: a payload ending in ":loc").
        if (reply.request_location && !shared && isLocationChoice(b)) {
          row.appendChild(shareButton(b.label));
          shared = true;
        } else {
          row.appendChild(renderButton(b));
        }
      }
      if (reply.request_location && !shared) row.prepend(shareButton(t("share")));
      div.appendChild(row);
    }
  }

  function isLocationChoice(b) {
    const p = (b.payload || "").toLowerCase();
    return (b.kind || "choice") === "choice" &&
      (p === "loc" || p === "location" || p === "share_location" || p.endsWith(":loc"));
  }

  function renderButton(b) {
    if (b.kind === "phone" && b.value) {
      const a = document.createElement("a");
      a.className = "btn phone";
      a.href = telHref(b.value);
      a.textContent = b.label;
      return a;
    }
    if (b.kind === "url" && /^https?:\/\//.test(b.value || "")) {
      const a = document.createElement("a");
      a.className = "btn url";
      a.href = b.value;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = b.label;
      return a;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn choice";
    button.dataset.payload = b.payload;
    button.textContent = b.label;
    button.addEventListener("click", () => {
      send({ button: b.payload }, b.label);
    });
    return button;
  }

  function shareButton(label) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn share";
    button.textContent = label;
    button.addEventListener("click", () => {
      // The browser asks for permission only now, when the person pressed the button.
      if (!navigator.geolocation) { note(t("noGeo")); return; }
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(
        (pos) => send({ location: { lat: pos.coords.latitude, lon: pos.coords.longitude } },
          label),
        () => { button.disabled = false; note(t("noGeo")); },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 });
    });
    return button;
  }

  function note(text) {
    const div = bubble("note");
    appendText(div, text);
    div.scrollIntoView({ block: "end" });
  }

  // Show the start of the answer, not its end: the first bubble with call or map links (the
  // nearest provider card, the hotlines) at the top, with a short bubble just before it (its
  // title) kept in view; otherwise the answer's first bubble.
  function scrollToAnswer(botsBefore) {
    const fresh = Array.from(log.querySelectorAll(".msg.bot")).slice(botsBefore);
    if (!fresh.length) {
      const last = log.lastElementChild;
      if (last) last.scrollIntoView({ block: "start" });
      return;
    }
    let index = fresh.findIndex((d) => d.querySelector("a.btn.url, a.btn.phone"));
    if (index < 0) index = 0;
    const before = fresh[index - 1];
    const target = before && before.offsetHeight < window.innerHeight / 4 ? before : fresh[index];
    target.scrollIntoView({ block: "start" });
  }

  async function send(event, shown) {
    if (busy || leaving) return;
    busy = true;
    disableOldChoices();
    if (shown) appendText(bubble("user"), shown);
    const botsBefore = log.querySelectorAll(".msg.bot").length;
    event.lang = lang;
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(event),
        credentials: "same-origin",
        cache: "no-store",
      });
      const data = await response.json().catch(() => ({}));
      if (typeof data.language === "string" && data.language !== lang &&
          Object.prototype.hasOwnProperty.call(WORDS, data.language)) {
        lang = data.language;
        applyWords();
      }
      const replies = data.replies || [];
      if (!replies.length && !response.ok) note(t("offline"));
      for (const reply of replies) {
        if (reply.forget) { leave(); return; }
        renderReply(reply);
      }
      if (data.live) followLive();
    } catch (err) {
      note(t("offline"));
    } finally {
      busy = false;
      scrollToAnswer(botsBefore);
    }
  }

  // A chat with a counsellor: while the person waits or chats, what the counsellor writes
  // arrives on a server-sent event stream, shown like the bot's replies. The server ends the
  // stream with "end" (or answers 204 when there is no chat), and the page stops listening.
  let live = null;
  function followLive() {
    if (live || leaving) return;
    live = new EventSource("/api/live");
    live.addEventListener("reply", (e) => {
      let reply = null;
      try { reply = JSON.parse(e.data); } catch (err) { return; }
      const botsBefore = log.querySelectorAll(".msg.bot").length;
      disableOldChoices();
      renderReply(reply, "counsellor");
      scrollToAnswer(botsBefore);
    });
    live.addEventListener("end", () => { stopLive(); });
    live.onerror = () => { if (live && live.readyState === EventSource.CLOSED) live = null; };
  }
  function stopLive() {
    if (live) live.close();
    live = null;
  }

  // Quick exit: blank the page at once, ask the server to forget the session and drop the
  // cookie (waiting at most a moment), then replace this page so Back does not return to it.
  async function leave() {
    if (leaving) return;
    leaving = true;
    stopLive();
    log.replaceChildren();
    input.value = "";
    body.classList.add("leaving");
    const timeout = new Promise((resolve) => setTimeout(resolve, 1500));
    const request = fetch("/api/exit", {
      method: "POST", credentials: "same-origin", cache: "no-store", keepalive: true,
    }).catch(() => null);
    await Promise.race([request, timeout]);
    window.location.replace(exitUrl);
  }

  document.getElementById("quick-exit").addEventListener("click", leave);

  let escapes = [];
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    const now = Date.now();
    escapes = escapes.filter((when) => now - when < 2000);
    escapes.push(now);
    if (escapes.length >= 3) leave();
  });

  document.getElementById("lang-toggle").addEventListener("click", () => {
    lang = lang === "vi" ? "en" : "vi";
    applyWords();
    send({ button: "lang:" + lang });
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = "";
    send({ text: text }, text);
  });

  // Coming back through history must not show an old conversation.
  window.addEventListener("pageshow", (e) => { if (e.persisted) window.location.reload(); });

  applyWords();
  send({ command: "start" });
})();
