import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentScript } from './content/start';

/**
 * The content script, declared in wxt.config.ts (manifest content_scripts) for
 * the known sites and registered by the background for sites the user enables.
 * An unlisted script rather than a WXT content-script entrypoint: WXT's
 * content-script wrapper announces each start with a document event named after
 * the extension id, which tells page scripts the extension is here and which a
 * page can replay to stop it. This one starts silently; start.ts finds an
 * earlier copy of itself through state only the extension's world can see.
 */
export default defineUnlistedScript(() => {
  void startContentScript();
});
