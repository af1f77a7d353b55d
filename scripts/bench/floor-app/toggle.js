// The interactions' floor: what a click costs on this machine when its handler only toggles a
// class (event dispatch, style, layout, paint), measured with the same probe as the app.
const target = document.getElementById('target')
document.getElementById('toggle')?.addEventListener('click', () => target?.classList.toggle('on'))
