// Sends the gateway's API key with every API call when one is configured. Locally no key is needed and nothing here
// shows; when the gateway answers 401 the page asks for the key once, keeps it for this browser tab only
// (sessionStorage) and tries again. A wrong key is forgotten, so the next refusal asks again.
const API_KEY_ITEM = 'crosscheck.apiKey';

async function crosscheckFetch(url, init = {}) {
  const send = () => {
    const key = sessionStorage.getItem(API_KEY_ITEM);
    const headers = new Headers(init.headers || {});
    if (key) headers.set('X-API-Key', key);
    return fetch(url, {...init, headers});
  };
  let response = await send();
  if (response.status === 401) {
    sessionStorage.removeItem(API_KEY_ITEM);
    const key = window.prompt('This Crosscheck gateway needs an API key:');
    if (key && key.trim()) {
      sessionStorage.setItem(API_KEY_ITEM, key.trim());
      response = await send();
    }
  }
  return response;
}
