// The console's refusals are every staff app's: one module in renderer/common/hub.
export { endsSession, refusalOf, type Refusal } from '../../common/hub/refusal';
