import { hydrateRoot } from 'react-dom/client'
import { floorApp } from './app.js'

// As src/main.tsx on a prerendered page: a turn for the browser, the router's first load, then
// hydration of the markup the Node render left in #root.
const container = document.getElementById('root')
if (!container) throw new Error('no #root')
await new Promise((resolve) => setTimeout(resolve, 0))
const { router, app } = floorApp()
router.ssr = { manifest: undefined }
await router.load()
hydrateRoot(container, app)
