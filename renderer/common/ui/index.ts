// The Accueil UI kit: large, accessible controls shared by the kiosk and the staff apps.
// Import `./theme.css` once at the app's root.
export { default as UiButton } from './UiButton.vue';
export { default as UiButtonList } from './UiButtonList.vue';
export { default as UiSwitch } from './UiSwitch.vue';
export { default as ModalDialog } from './ModalDialog.vue';
export { default as OnScreenKeyboard } from './OnScreenKeyboard.vue';
export { default as QrCode } from './QrCode.vue';
export { default as UiIcon } from './UiIcon.vue';
export { default as UiPanel } from './UiPanel.vue';
export { default as UiField } from './UiField.vue';
export { default as UiChoiceGroup } from './UiChoiceGroup.vue';
export { default as UiChoice } from './UiChoice.vue';
export { default as UiBadge } from './UiBadge.vue';
export { default as UiNotice } from './UiNotice.vue';
export { default as UiTable } from './UiTable.vue';
export { default as UiFacts } from './UiFacts.vue';
export { default as UiKey } from './UiKey.vue';
export { default as UiToolbar } from './UiToolbar.vue';
export { default as UiFormSubmit } from './UiFormSubmit.vue';
export { default as UiAppBar } from './UiAppBar.vue';
export { default as UiBrandMark } from './UiBrandMark.vue';
export { default as UiSkipLink } from './UiSkipLink.vue';
export { default as UiHint } from './UiHint.vue';
export { default as UiStack } from './UiStack.vue';
export { icons, type IconName } from './icons';
export { qrSvgPath } from './qr-svg';
export { useBrand, brandProperties } from './use-brand';
