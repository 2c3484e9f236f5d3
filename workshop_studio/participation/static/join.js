// The short address: the room code typed by hand, traded for the join address.
"use strict";
document.getElementById("code-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("code-error");
  error.textContent = "";
  try {
    const response = await fetch("/code", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({code: document.getElementById("code").value}),
    });
    const answer = await response.json();
    if (response.ok) {
      window.location.replace(answer.join);
    } else {
      error.textContent = answer.reason || "Code refusé.";
    }
  } catch (e) {
    error.textContent = "Pas de réseau : vérifiez que vous êtes sur le Wi-Fi de la salle.";
  }
});
