<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>Checking your PC… %n of %1 done.</numerusform>
            <numerusform>Checking your PC… %n of %1 done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>Please try again in %n minute. If you forgot your password, phone your office.</numerusform>
            <numerusform>Please try again in %n minutes. If you forgot your password, phone your office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n free time</numerusform>
            <numerusform>%n free times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
</context>
</TS>
