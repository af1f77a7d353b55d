import { release } from './cite.ts'
import type { Localized, Citation } from './types.ts'

/** What the whole page is about, shown before any event is chosen. */
export const dialogue: { readonly summary: Localized; readonly cite: Citation } = {
  summary: {
    en: 'In January 2023, French and Japanese officials met in Paris for their comprehensive space dialogue. They restated the bonds between the two countries, shared their space policies, security and defence included, and visited France’s launcher industry. The release places the meeting between the Japanese Prime Minister’s visit to Paris and the French President’s visit to Japan for the G7 Summit.',
    fr: 'En janvier 2023, des responsables français et japonais se sont réunis à Paris pour leur dialogue global sur l’espace. Ils ont réaffirmé les liens entre les deux pays, partagé leurs politiques spatiales, y compris de sécurité et de défense, et visité l’industrie française des lanceurs. Le communiqué situe la réunion entre la visite du Premier ministre japonais à Paris et celle du président de la République au Japon pour le sommet du G7.',
    ja: '2023年1月、日仏の政府関係者がパリに集まり、包括的宇宙対話を行った。両国の絆を再確認し、安全保障・防衛を含む宇宙政策を共有するとともに、フランスのロケット産業の現場を訪れた。プレスリリースはこの会合を、日本の首相のパリ訪問と、G7サミットに合わせたフランス大統領の訪日の間に位置づけている。',
  },
  cite: release(
    "This meeting was the occasion to reassert the bonds that unite France and Japan and to share both partners' space policies, including related to security and defence.",
  ),
}
