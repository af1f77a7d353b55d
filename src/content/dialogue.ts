import { release } from './cite.ts'
import {
  ARIANE_QUOTE,
  BONDS_QUOTE,
  DYNAMIC_QUOTE,
  PLENARY_QUOTE,
  QUALITY_QUOTE,
} from './releaseQuotes.ts'
import type { Sentence } from './types.ts'

/** What the whole page is about, shown before any event is chosen; each sentence cites its passage. */
export const dialogue: { readonly summary: readonly Sentence[] } = {
  summary: [
    {
      text: {
        en: 'On 19 and 20 January 2023, French and Japanese officials held their comprehensive space dialogue: a plenary at the SGDSN in Paris, then a visit to ArianeGroup at Les Mureaux.',
        fr: 'Les 19 et 20 janvier 2023, des responsables français et japonais ont tenu leur dialogue global sur l’espace\u202f: une séance plénière au SGDSN, à Paris, puis une visite d’ArianeGroup aux Mureaux.',
        ja: '2023年1月19日と20日、日仏の政府関係者が包括的宇宙対話を行い、パリの国防・国家安全保障事務総局（SGDSN）での全体会合に続いて、レ・ミュローのArianeGroupを視察した。',
      },
      cites: [release(PLENARY_QUOTE), release(ARIANE_QUOTE)],
    },
    {
      text: {
        en: 'They restated the bonds that unite France and Japan and shared their space policies, security and defence included.',
        fr: 'Ils ont réaffirmé les liens qui unissent la France et le Japon et partagé leurs politiques spatiales, y compris en matière de sécurité et de défense.',
        ja: '日仏を結ぶ絆を再確認し、安全保障・防衛を含む双方の宇宙政策を共有した。',
      },
      cites: [release(BONDS_QUOTE)],
    },
    {
      text: {
        en: 'In the words of the release, the quality of the dialogue reflects the common will to strengthen the exceptional partnership between the two countries for the years to come.',
        fr: 'Selon le communiqué, la qualité du dialogue reflète la volonté commune de renforcer le partenariat d’exception entre les deux pays pour les années à venir.',
        ja: 'プレスリリースによれば、対話の質の高さは、今後も両国の特別なパートナーシップを強化していくという共通の意思を反映している。',
      },
      cites: [release(QUALITY_QUOTE)],
    },
    {
      text: {
        en: 'It names two visits that enshrine this dynamic: the Japanese Prime Minister’s visit to Paris on 9 January 2023, and the visit of the President of the French Republic to Japan for the G7 Summit in Hiroshima in May 2023.',
        fr: 'Il cite deux visites qui consacrent cette dynamique\u202f: celle du Premier ministre japonais à Paris, le 9 janvier 2023, et celle du président de la République au Japon pour le sommet du G7 à Hiroshima, en mai 2023.',
        ja: 'また、この機運を確かなものにする出来事として、2023年1月9日の日本の首相のパリ訪問と、2023年5月のG7広島サミットに合わせたフランス大統領の訪日を挙げている。',
      },
      cites: [release(DYNAMIC_QUOTE)],
    },
  ],
}
