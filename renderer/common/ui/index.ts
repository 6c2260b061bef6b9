// The Accueil UI kit: large, accessible controls shared by the kiosk and the staff apps.
// Import `./theme.css` once at the app's root.
export { default as UiButton } from './UiButton.vue';
export { default as UiSwitch } from './UiSwitch.vue';
export { default as ModalDialog } from './ModalDialog.vue';
export { default as OnScreenKeyboard } from './OnScreenKeyboard.vue';
export { default as QrCode } from './QrCode.vue';
export { default as UiIcon } from './UiIcon.vue';
export { icons, type IconName } from './icons';
export { qrSvgPath } from './qr-svg';
