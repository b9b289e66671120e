import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// Dev server proxies the API to the express server; production is served by the server from dist/.
export default defineConfig({
  plugins: [
    react(),
    // Precompressed .br (quality 11) and .gz (level 9) next to each text file of 1 kB or more;
    // the server sends the variant the browser accepts (packages/server/src/http/static-web.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(html|js|mjs|css|svg|json|map)$/, threshold: 1024 }),
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
