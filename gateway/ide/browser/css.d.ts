// esbuild bundles imported CSS into ide.css beside the script.
declare module '*.css';
