// Fill a form's fields from the page's query string, so that a shared link opens its view.

// A place, actor or tag in a shared link that this archive lacks is kept as an option of
// its own: it filters to nothing rather than being dropped without a word.
export function fillFromQuery(form, names) {
  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const field = form.elements.namedItem(name);
    const value = params.get(name);
    if (!field || !value) continue;
    if (field.tagName === "SELECT" && ![...field.options].some((option) => option.value === value)) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      field.append(option);
    }
    field.value = value;
  }
}
