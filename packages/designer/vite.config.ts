import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

// Dev server proxies the API to the express server; production is served by the server from dist/.
export default defineConfig({
  plugins: [
    react(),
    // Precompressed .br (quality 11) and .gz (level 9) next to each text file of 1 kB or more;
    // the server sends the variant the browser accepts (packages/server/src/http/static-web.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(html|js|mjs|css|svg|json|map)$/, threshold: 1024 }),
    // The app opens without network (a basement car park, a show flat): a service worker precaches the
    // built app and answers navigations with index.html. Registered by src/pwa/register.ts (production only).
    VitePWA({
      injectRegister: false,
      includeManifestIcons: false, // fetched when the app is added to the home screen (online); favicon.svg is precached anyway
      registerType: 'autoUpdate',
      manifest: {
        name: '案场流 SiteFlow',
        short_name: '案场流',
        description: '案场流程与登记 · Sales-site workflows and records',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#f3f5f9',
        theme_color: '#0f2f5c', // the header's colour (appTheme in src/app/AppProviders.tsx)
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The hashed assets and index.html, never their .br/.gz copies (the server picks the encoding).
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['**/*.{br,gz}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Downloads and exports opened as pages are API answers: always the network.
        navigateFallbackDenylist: [/^\/api\//],
        // No runtimeCaching: an API answer never comes from a cache (masking and permissions change).
        cleanupOutdatedCaches: true,
        // A new build's worker takes over as soon as it is installed (after the first load that sees it),
        // without reloading open tabs (unsaved edits stay): the following load runs the new build, and a
        // tab asking for a chunk the new build dropped reloads once (src/app/stale-build.ts).
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks so an app deploy does not invalidate the big libraries' cache.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@emotion)[\\/]/, priority: 20 },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[\w-]+)[\\/]/, priority: 20 },
            // elkjs (auto-layout) is large and only needed when a flow is laid out.
            { name: 'elk', test: /node_modules[\\/]elkjs[\\/]/, priority: 25 },
            { name: 'charts', test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 20 },
            // Shared with ajv: kept out of the charts chunk, which would otherwise load on every page.
            { name: 'vendor', test: /node_modules[\\/]fast-deep-equal[\\/]/, priority: 40 },
            { name: 'vendor', test: /node_modules/, priority: 10 },
          ],
        },
      },
    },
  },
});
