// The floor: a module worker that answers "ok" without touching D1.
export default {
  fetch() {
    return new Response("ok", { headers: { "content-type": "text/plain" } });
  },
};
