// Passages of the press release that more than one part of the content cites.

export const BONDS_QUOTE =
  "This meeting was the occasion to reassert the bonds that unite France and Japan and to share both partners' space policies, including related to security and defence."
export const QUALITY_QUOTE =
  'The quality of the dialogue reflects the common will to strengthen the exceptional partnership between our two countries for the years to come.'
export const DYNAMIC_QUOTE =
  'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023, and the bilateral sequences planned during the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima enshrine this dynamic.'
export const TOPICS_QUOTE =
  'The dialogue addressed many aspects of the Japanese and French space policies and areas of cooperation between the two countries, such as security and defence policies regarding space, civil cooperation, multilateral cooperation within the framework of the United Nations, the G7 and the space dialogue between Japan and the EU.'
export const PLENARY_QUOTE =
  'A plenary session of the bilateral French-Japanese Space dialogue was held on Thursday, 19th January 2023 at the Secretariat-General for National Defence and Security (SGDSN), in Paris.'
export const STARTUP_SENTENCE =
  'In order to promote exchanges between industries from both countries, a meeting with several French start-ups in the space sector was also organised for the Japanese delegation.'
export const ARIANE_QUOTE =
  'On Friday, 20th January 2023, the French and Japanese delegations were invited to visit ArianeGroup site at the Mureaux (Yvelines)'
