import type { BrandInput } from '../brand/brand';

// The demo town's look: a made-up crest (a shield, a tower over the river), in the town's
// blue and red. Both colours carry white text at AA (8.3:1 and 6.5:1).
export const demoBrand: BrandInput = {
  name: "Ville d'Issy-les-Moulineaux",
  logoSvg: [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 72">',
    '<path d="M4 4h56v30c0 18-12 29-28 34C16 63 4 52 4 34z" fill="#1f4e8c"/>',
    '<path d="M4 4h56v14H4z" fill="#b3261e"/>',
    '<path d="M24 46V26h4v-4h8v4h4v20z" fill="#ffffff"/>',
    '<path d="M10 52c6-4 10 4 16 0s10 4 16 0 10 4 12 1" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round"/>',
    '<circle cx="20" cy="11" r="3" fill="#ffffff"/><circle cx="32" cy="11" r="3" fill="#ffffff"/><circle cx="44" cy="11" r="3" fill="#ffffff"/>',
    '</svg>',
  ].join(''),
  colors: { primary: '#1f4e8c', accent: '#b3261e' },
};
