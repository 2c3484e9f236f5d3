// The participant's page. Plain DOM, text set with textContent only (never as markup).
// Notes are put in an outbox kept on the phone before they are sent, and leave it only once
// the laptop has answered: a note typed while the Wi-Fi is down goes when it comes back, and
// a retry carries the same client-made id, so the laptop stores it once.
"use strict";

const BASE = window.location.pathname.replace(/[^/]*$/, "");  // "/<token>/"
const KEY = "workshop-studio:" + BASE;
const POLL_MS = 4000;
const $ = (id) => document.getElementById(id);

let facts = null;     // the room: workshop, roles, kinds, stages, step
let state = null;     // the last GET state
let session = localStorage.getItem(KEY + ":session");
let sending = false;
let closed = false;

function outbox() {
  try { return JSON.parse(localStorage.getItem(KEY + ":outbox") || "[]"); } catch (e) { return []; }
}
function saveOutbox(items) { localStorage.setItem(KEY + ":outbox", JSON.stringify(items)); }

function newClientId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);  // crypto.randomUUID needs https; this does not
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

class Offline extends Error {}

async function call(method, path, body) {
  const headers = {};
  if (session) headers["X-Session"] = session;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(BASE + "api/" + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store",
    });
  } catch (e) {
    throw new Offline();
  }
  let answer = {};
  try { answer = await response.json(); } catch (e) { answer = {}; }
  return {status: response.status, ok: response.ok, answer};
}

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function show(section, visible) { $(section).hidden = !visible; }

function setConnection(text, offline) {
  $("connection").textContent = text;
  $("connection").className = offline ? "connection offline" : "connection";
}

function kindLabel(key) {
  const kind = (facts ? facts.kinds : []).find((k) => k.key === key);
  return kind ? kind.label : key;
}
function roleLabel(key) {
  const role = (facts ? facts.roles : []).find((r) => r.key === key);
  return role ? role.label : (key || "");
}

function stepText(step) {
  if (!step || step.kind === "tray") return "Aucune étape en cours : choisissez une étape de la frise ou laissez l'animateur trier.";
  const what = {stage: "l'étape", card: "la carte", scenario: "le scénario"}[step.kind] || "";
  return "En ce moment : " + what + " « " + step.title + " »";
}

// -- the room's facts ------------------------------------------------------------------------
function fillFacts(room) {
  facts = room;
  $("workshop").textContent = room.workshop;
  document.title = "Participer — " + room.workshop;
  const roles = $("roles");
  if (!roles.childElementCount) {
    room.roles.forEach((role, index) => {
      const label = el("label");
      const input = document.createElement("input");
      input.type = "radio"; input.name = "role"; input.value = role.key; input.required = true;
      if (index === 0) input.checked = true;
      label.append(input, document.createTextNode(role.label));
      roles.append(label);
    });
  }
  const kind = $("kind");
  if (!kind.childElementCount) {
    room.kinds.forEach((k) => { const o = el("option", k.label); o.value = k.key; kind.append(o); });
  }
  const where = $("where");
  const chosen = where.value;
  where.replaceChildren();
  const current = el("option", room.step && room.step.kind !== "tray" ? "L'étape en cours (« " + room.step.title + " »)"
                                                                     : "À trier par l'animateur");
  current.value = "";
  where.append(current);
  room.stages.forEach((s) => { const o = el("option", "Étape de la frise : " + s.title); o.value = String(s.id); where.append(o); });
  where.value = Array.from(where.options).some((o) => o.value === chosen) ? chosen : "";
  $("step").textContent = stepText(room.step);
}

// -- my notes and the vote -------------------------------------------------------------------
function noteMeta(note) {
  return kindLabel(note.kind) + " · " + note.place + (note.votes ? " · " + note.votes + " point(s)" : "");
}

function renderMine() {
  const list = $("my-notes");
  list.replaceChildren();
  const pending = outbox();
  pending.forEach((item) => {
    const li = el("li");
    li.append(el("p", item.text, "note-text"), el("p", kindLabel(item.kind) + " · en attente d'envoi", "note-meta"));
    list.append(li);
  });
  (state ? state.notes : []).slice().reverse().forEach((note) => list.append(myNote(note)));
  $("outbox").textContent = pending.length
    ? pending.length + " note(s) gardée(s) sur ce téléphone : elles partiront au retour du réseau." : "";
}

function myNote(note) {
  const li = el("li");
  li.append(el("p", note.text, "note-text"), el("p", noteMeta(note), "note-meta"));
  if (!note.editable) {
    li.append(el("p", "Étape close : cette note ne change plus.", "note-meta"));
    return li;
  }
  const actions = el("div", null, "actions");
  const edit = el("button", "Modifier", "secondary");
  edit.type = "button";
  edit.setAttribute("aria-label", "Modifier la note : " + note.text.slice(0, 60));
  edit.addEventListener("click", () => editNote(li, note));
  const withdraw = el("button", "Retirer", "secondary");
  withdraw.type = "button";
  withdraw.setAttribute("aria-label", "Retirer la note : " + note.text.slice(0, 60));
  withdraw.addEventListener("click", () => withdrawNote(note));
  actions.append(edit, withdraw);
  li.append(actions);
  return li;
}

function editNote(li, note) {
  li.replaceChildren();
  const id = "edit-" + note.client_id;
  const label = el("label", "Modifier votre note");
  label.htmlFor = id;
  const area = document.createElement("textarea");
  area.id = id; area.value = note.text; area.maxLength = 5000;
  const actions = el("div", null, "actions");
  const save = el("button", "Enregistrer");
  save.type = "button";
  const cancel = el("button", "Annuler", "secondary");
  cancel.type = "button";
  const error = el("p", "", "error");
  error.setAttribute("role", "alert");
  save.addEventListener("click", async () => {
    try {
      const r = await call("PUT", "notes/" + note.client_id, {text: area.value});
      if (r.ok) { await refresh(); announce("Note modifiée."); } else { error.textContent = r.answer.reason || "Refusé."; }
    } catch (e) { error.textContent = "Pas de réseau : réessayez dans un instant."; }
  });
  cancel.addEventListener("click", renderMine);
  actions.append(save, cancel);
  li.append(label, area, actions, error);
  area.focus();
}

async function withdrawNote(note) {
  try {
    const r = await call("DELETE", "notes/" + note.client_id);
    if (r.ok) { await refresh(); announce("Note retirée."); } else { $("note-error").textContent = r.answer.reason || "Refusé."; }
  } catch (e) { $("note-error").textContent = "Pas de réseau : réessayez dans un instant."; }
}

function renderVote() {
  const vote = state && state.vote;
  show("vote", Boolean(vote && vote.open));
  if (!vote || !vote.open) return;
  $("dots").textContent = "Il vous reste " + vote.left + " point(s) sur " + vote.dots + ".";
  const list = $("candidates");
  list.replaceChildren();
  vote.notes.forEach((note) => {
    const li = el("li");
    li.append(el("p", note.text, "note-text"),
              el("p", kindLabel(note.kind) + " · " + roleLabel(note.role) + " · vos points : " + note.my_dots, "note-meta"));
    const actions = el("div", null, "actions");
    const plus = el("button", "+1 point");
    plus.type = "button"; plus.disabled = vote.left <= 0;
    plus.setAttribute("aria-label", "Donner un point à : " + note.text.slice(0, 60));
    plus.addEventListener("click", () => castVote(note.id, 1));
    const minus = el("button", "Reprendre", "secondary");
    minus.type = "button"; minus.disabled = note.my_dots <= 0;
    minus.setAttribute("aria-label", "Reprendre un point de : " + note.text.slice(0, 60));
    minus.addEventListener("click", () => castVote(note.id, -1));
    actions.append(plus, minus);
    li.append(actions);
    list.append(li);
  });
}

async function castVote(noteId, delta) {
  try {
    const r = await call("POST", "votes", {note_id: noteId, delta});
    if (!r.ok) $("dots").textContent = r.answer.reason || "Vote refusé.";
    await refresh();
  } catch (e) { $("dots").textContent = "Pas de réseau : réessayez dans un instant."; }
}

function announce(text) { $("note-status").textContent = text; }

// -- sending ---------------------------------------------------------------------------------
async function flush() {
  if (sending || !session || closed) return;
  sending = true;
  try {
    for (let items = outbox(); items.length; items = outbox()) {
      const item = items[0];
      const r = await call("POST", "notes", item);
      if (r.status === 429 || r.status >= 500) break;  // try again later, same client id
      if (r.status === 401) { session = null; localStorage.removeItem(KEY + ":session"); break; }
      saveOutbox(outbox().filter((other) => other.client_id !== item.client_id));
      if (r.ok) announce("Note envoyée.");
      else $("note-error").textContent = "Note refusée (" + (r.answer.reason || r.status) + ") : « " + item.text.slice(0, 80) + " »";
    }
  } catch (e) {
    if (e instanceof Offline) setConnection("Hors réseau : vos notes restent sur ce téléphone.", true);
  } finally {
    sending = false;
    renderMine();
  }
}

$("note-form").addEventListener("submit", (event) => {
  event.preventDefault();
  $("note-error").textContent = "";
  const text = $("text").value;
  if (!text.trim()) { $("note-error").textContent = "La note est vide."; $("text").focus(); return; }
  const item = {client_id: newClientId(), text, kind: $("kind").value, role: state ? state.me.role : undefined};
  if ($("where").value) item.stage = Number($("where").value);
  saveOutbox(outbox().concat([item]));  // on the phone first: nothing typed is lost
  $("text").value = "";
  announce("Note en cours d'envoi…");
  renderMine();
  flush().then(refresh);
});

// -- joining and polling ---------------------------------------------------------------------
$("join-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const chosen = document.querySelector("input[name=role]:checked");
  $("join-error").textContent = "";
  try {
    const r = await call("POST", "join", {role: chosen ? chosen.value : null, pseudonym: $("pseudonym").value});
    if (!r.ok) { $("join-error").textContent = r.answer.reason || "Refusé."; return; }
    session = r.answer.session;
    localStorage.setItem(KEY + ":session", session);
    await refresh();
    $("text").focus();
  } catch (e) { $("join-error").textContent = "Pas de réseau : vérifiez que vous êtes sur le Wi-Fi de la salle."; }
});

$("change-role").addEventListener("click", () => {
  session = null;
  localStorage.removeItem(KEY + ":session");
  state = null;
  render();
});

function render() {
  const joined = Boolean(session && state);
  show("closed", closed);
  show("join", !closed && facts !== null && !joined);
  show("write", !closed && joined);
  show("mine", !closed && joined);
  if (joined) {
    const me = state.me;
    $("me").textContent = "Vous écrivez comme : " + me.role_label + (me.pseudonym ? " (" + me.pseudonym + ")" : "");
    renderMine();
    renderVote();
  } else {
    show("vote", false);
  }
}

async function refresh() {
  try {
    if (session) {
      const r = await call("GET", "state");
      if (r.status === 401) { session = null; localStorage.removeItem(KEY + ":session"); state = null; }
      else if (r.status === 403) { closed = true; }
      else if (r.ok) { state = r.answer; fillFacts(state); }
    }
    if (!session && !closed) {
      const r = await call("GET", "room");
      if (r.status === 403) closed = true;
      else if (r.ok) fillFacts(r.answer);
    }
    setConnection(closed ? "" : "Connecté au poste de l'animateur.", false);
  } catch (e) {
    if (e instanceof Offline) {
      setConnection(facts ? "Hors réseau : vos notes restent sur ce téléphone et partiront au retour du Wi-Fi."
                          : "Impossible de joindre l'atelier : la participation est peut-être fermée.", true);
    }
  }
  render();
}

window.addEventListener("online", () => flush().then(refresh));
setInterval(() => { if (!document.hidden) flush().then(refresh); }, POLL_MS);
refresh().then(flush);
