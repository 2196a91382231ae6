declare module 'kafkajs-snappy';
