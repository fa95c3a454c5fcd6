// The Storage interface amazon-cognito-identity-js keeps tokens and remembered-device secrets in
// (localStorage in a browser). One instance shared by two sign-ins = the same device.
export class MemoryStorage {
  #items = new Map();

  setItem(key, value) {
    this.#items.set(key, String(value));
  }

  getItem(key) {
    return this.#items.has(key) ? this.#items.get(key) : null;
  }

  removeItem(key) {
    this.#items.delete(key);
  }

  clear() {
    this.#items.clear();
  }

  keys() {
    return [...this.#items.keys()];
  }
}
